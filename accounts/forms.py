from django.contrib.auth import forms as auth_forms

from . import tasks


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's form, whose email the task worker sends
    (`tasks.send_password_reset`): a mail server that is slow or down neither
    holds up the page nor loses the email, which is retried like any task's.
    Django's own sends it inside the request and only logs a failure. The
    request writes nothing, so there is no commit to wait for."""

    def send_mail(self, subject_template_name, email_template_name, context,
                  from_email, to_email, html_email_template_name=None):  # fmt: skip
        tasks.send_password_reset.enqueue(user_id=context["user"].pk)
