from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class AccountsConfig(AppConfig):
    """Staff accounts: two-factor sign-in, lockouts, password reset, sessions."""

    name = "accounts"
    default = True

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from .sessions import session_started

        user_logged_in.connect(session_started, dispatch_uid="accounts-session")


class JournalAdminConfig(admin_apps.AdminConfig):
    """Django's admin, with the journal's admin site as `admin.site`."""

    default = False  # named in INSTALLED_APPS in place of django.contrib.admin
    default_site = "accounts.admin_site.JournalAdminSite"
