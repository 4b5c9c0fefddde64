from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class AccountsConfig(AppConfig):
    """Staff accounts: two-factor sign-in, lockouts, password reset, sessions."""

    name = "accounts"
    default = True


class JournalAdminConfig(admin_apps.AdminConfig):
    """Django's admin, with the journal's admin site as `admin.site`."""

    default = False  # named in INSTALLED_APPS in place of django.contrib.admin
    default_site = "accounts.admin_site.JournalAdminSite"
