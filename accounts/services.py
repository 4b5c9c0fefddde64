"""What staff accounts do, apart from the views that ask for it."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.timesince import timesince

from thinktank.links import absolute_url
from thinktank.mail import subject_line


def second_factor_required(user):
    """Whether this account may use the admin only after a second factor."""
    return (
        settings.STAFF_2FA_REQUIRED
        and user.is_active
        and user.is_staff
        and (
            user.is_superuser
            or user.groups.filter(name__in=settings.STAFF_2FA_GROUPS).exists()
        )
    )


def reset_link_lifetime():
    """How long an emailed link to choose a password works, in words
    ("1 hour"): PASSWORD_RESET_TIMEOUT, as the invitation and the page for a
    link that no longer works say it."""
    now = timezone.now()
    return timesince(now - timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT), now)


def email_password_reset(*, user, template="password_reset"):
    """Email `user` a link to choose a new password, on SITE_URL like every
    link the journal emails: Django's token, which works once and for
    PASSWORD_RESET_TIMEOUT. `template`: the email's (accounts/<template>_
    subject.txt and _email.txt), "invitation" for a new staff member's."""
    path = reverse(
        "password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    context = {
        "user": user,
        "site_name": settings.SITE_NAME,
        "reset_url": absolute_url(path),
        "login_url": absolute_url(reverse("admin:login")),
        "valid_for": reset_link_lifetime(),
    }
    subject = render_to_string(f"accounts/{template}_subject.txt", context)
    EmailMessage(
        subject=subject_line(subject),
        body=render_to_string(f"accounts/{template}_email.txt", context),
        to=[user.email],
    ).send()
