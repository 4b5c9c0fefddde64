from axes.utils import reset as reset_failed_logins
from django.contrib.auth import views as auth_views


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Django's: the emailed link sets a new password. Here it also lifts the
    account's lockout, so whoever proved they hold its inbox may sign in at once
    (with the second factor still asked)."""

    def form_valid(self, form):
        response = super().form_valid(form)
        reset_failed_logins(username=form.user.get_username())
        return response
