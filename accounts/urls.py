"""Staff sign-in pages outside the admin site's own URLs.

Two-factor set-up and recovery codes (django-two-factor-auth's views, under the
`two_factor` namespace its templates use) and password reset by email
(Django's views and expiring tokens, with the admin's templates; the email
is sent by the task worker, accounts/forms.py; a new password also lifts the
account's lockout). The login
page itself is the admin's (accounts/admin_site.py).
"""

from django.contrib.auth import views as auth_views
from django.urls import include, path
from two_factor import views as two_factor

from . import views
from .forms import PasswordResetForm

two_factor_patterns = [
    path("", views.ProfileView.as_view(), name="profile"),
    path("setup/", two_factor.SetupView.as_view(), name="setup"),
    path("setup/qrcode/", two_factor.QRGeneratorView.as_view(), name="qr"),
    path(
        "setup/complete/",
        two_factor.SetupCompleteView.as_view(),
        name="setup_complete",
    ),
    path(
        "recovery-codes/", two_factor.BackupTokensView.as_view(), name="backup_tokens"
    ),
    path("disable/", views.DisableView.as_view(), name="disable"),
]

urlpatterns = [
    path("admin/security/", include((two_factor_patterns, "two_factor"))),
    # Signing out before the admin lets one in (a second factor still to set up):
    # the admin's own logout only takes those it lets in.
    path(
        "admin/security/logout/",
        auth_views.LogoutView.as_view(next_page="admin:login"),
        name="staff_logout",
    ),
    path(
        "admin/password_reset/",
        auth_views.PasswordResetView.as_view(form_class=PasswordResetForm),
        name="admin_password_reset",
    ),
    path(
        "admin/password_reset/done/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "admin/reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "admin/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]
