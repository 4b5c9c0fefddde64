"""What staff accounts do, apart from the views that ask for it."""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode


def email_password_reset(*, user, domain, use_https):
    """Email `user` a link to choose a new password on the site at `domain`:
    Django's token, which works once and for PASSWORD_RESET_TIMEOUT."""
    context = {
        "user": user,
        "site_name": settings.SITE_NAME,
        "protocol": "https" if use_https else "http",
        "domain": domain,
        "uid": urlsafe_base64_encode(force_bytes(user.pk)),
        "token": default_token_generator.make_token(user),
    }
    subject = render_to_string("accounts/password_reset_subject.txt", context)
    EmailMessage(
        subject=" ".join(subject.split()),
        body=render_to_string("accounts/password_reset_email.txt", context),
        to=[user.email],
    ).send()
