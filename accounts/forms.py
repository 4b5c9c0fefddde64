from django.contrib.auth import forms as auth_forms
from django.core.cache import cache

from . import tasks

# One reset email per account in this many seconds, however often the form is
# sent: the page answers the same, so the form cannot flood a staff inbox.
RESET_EMAIL_INTERVAL = 5 * 60


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's form, whose email the task worker sends
    (`tasks.send_password_reset`): a mail server that is slow or down neither
    holds up the page nor loses the email, which is retried like any task's.
    Django's own sends it inside the request and only logs a failure. The
    request writes nothing, so there is no commit to wait for.

    An account gets at most one email per RESET_EMAIL_INTERVAL (counted in
    the cache, so shared through Redis; with the cache away, the email goes).
    """

    def send_mail(self, subject_template_name, email_template_name, context,
                  from_email, to_email, html_email_template_name=None):  # fmt: skip
        user_id = context["user"].pk
        # False: an email went in the last interval; None: the cache is away.
        sent = cache.add(f"accounts:reset-email:{user_id}", 1, RESET_EMAIL_INTERVAL)
        if sent is not False:
            tasks.send_password_reset.enqueue(user_id=user_id)
