from axes.utils import reset as reset_failed_logins
from django.contrib.auth import views as auth_views
from django.core.exceptions import PermissionDenied
from two_factor import views as two_factor
from two_factor.views import LoginView

from .forms import RecoveryCodeForm
from .services import reset_link_lifetime, second_factor_required


class StaffLoginView(LoginView):
    """django-two-factor-auth's login wizard (accounts/admin_site.py), whose
    recovery-code step takes a code typed in either case. The wizard names its
    step field after the class: `staff_login_view-current_step`."""

    form_list = tuple(
        (step, RecoveryCodeForm if step == LoginView.BACKUP_STEP else form)
        for step, form in LoginView.form_list
    )


class ProfileView(two_factor.ProfileView):
    """The security page (/admin/security/), which offers to turn the second
    factor off only to an account that may do without it."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["may_turn_off"] = not second_factor_required(self.request.user)
        return context


class DisableView(two_factor.DisableView):
    """Turning the second factor off, refused to an account that must have
    one: whoever held its signed-in session (a borrowed laptop) could turn it
    off, then set up an authenticator of their own and keep the account."""

    def dispatch(self, request, *args, **kwargs):
        if second_factor_required(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Django's: the emailed link (a reset's or an invitation's) sets a new
    password. Here it also lifts the account's lockout, so whoever proved they
    hold its inbox may sign in at once (with the second factor still asked). A
    link that no longer works says how long links work
    (templates/registration/password_reset_confirm.html)."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["valid_for"] = reset_link_lifetime()
        if not context["validlink"]:
            # Django's "Password reset unsuccessful" puzzles a new invitee.
            context["title"] = "This link no longer works"
        return context

    def form_valid(self, form):
        response = super().form_valid(form)
        reset_failed_logins(username=form.user.get_username())
        return response
