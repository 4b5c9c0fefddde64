import secrets

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from two_factor.forms import BackupTokenForm

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


class OwnEmailMixin:
    """For a user form with an `email` field: the address is refused when
    another account has it, in any case. Password resets go by address
    (Django's match it case-insensitively), so two accounts sharing one would
    both have their links mailed to one inbox. Accounts with no address do
    not clash: they get no resets at all."""

    def clean_email(self):
        email = self.cleaned_data["email"]
        others = get_user_model().objects.exclude(pk=self.instance.pk)
        if email and others.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                "Another account has this address. Password resets go by address, "
                "so each account needs its own.",
                code="email_taken",
            )
        return email


class StaffUserChangeForm(OwnEmailMixin, auth_forms.UserChangeForm):
    """Django's form for a user's page in the admin (accounts/admin.py)."""

    class Meta(auth_forms.UserChangeForm.Meta):
        help_texts = {"email": "Password resets go here; no other account may have it."}


class InvitationForm(OwnEmailMixin, forms.ModelForm):
    """A new staff member: who they are and what they do. They choose their
    own password from the emailed invitation (accounts/admin.py), so nobody
    else ever knows it."""

    groups = forms.ModelMultipleChoiceField(
        queryset=Group.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        help_text="What they may do. Each group's permissions are listed under "
        "Groups; a superuser can change them.",
    )

    class Meta:
        model = get_user_model()
        fields = ["username", "email", "first_name", "last_name", "groups"]
        help_texts = {"email": "The invitation goes here; so do password resets."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True

    def clean_username(self):
        """Refused too when it differs from another only in case ("Editor1"
        beside "editor1"), as Django's own add form refuses it: two such
        accounts are easily taken one for the other."""
        username = self.cleaned_data["username"]
        User = get_user_model()
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(
                self.instance.unique_error_message(User, ["username"]).message,
                code="unique",
            )
        return username

    def save(self, commit=True):
        user = super().save(commit=False)
        user.is_staff = True
        # A password nobody knows, but a usable one: once the invitation's link
        # has expired, "Forgotten your password?" sends a new one (Django's
        # reset skips accounts without a usable password).
        user.set_password(secrets.token_urlsafe(32))
        if commit:
            user.save()
            self.save_m2m()
        return user


class RecoveryCodeForm(BackupTokenForm):
    """The login's recovery-code step (accounts/views.py). The codes are shown
    in lower case, as django-otp makes them, and it compares them exactly: one
    read out or copied in capitals is taken for the same code."""

    def clean_otp_token(self):
        return self.cleaned_data["otp_token"].lower()
