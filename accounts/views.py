from axes.utils import reset as reset_failed_logins
from django.contrib.auth import views as auth_views

from .services import reset_link_lifetime


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
