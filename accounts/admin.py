"""Staff accounts in the admin: Django's user admin, where a new member of
staff is invited by email to choose their own password, as WordPress's "Add
New User" sends its link."""

from functools import partial

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.db import transaction

from . import tasks
from .forms import InvitationForm, StaffUserChangeForm

User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class StaffUserAdmin(UserAdmin):
    form = StaffUserChangeForm
    add_form = InvitationForm
    add_fieldsets = [
        (
            None,
            {"fields": ["username", "email", "first_name", "last_name", "groups"]},
        )
    ]

    actions = ["invite_again"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change:
            self.invite(obj)
            self.message_user(
                request,
                f"An invitation to choose a password is on its way to {obj.email}.",
                messages.SUCCESS,
            )

    @staticmethod
    def invite(user):
        transaction.on_commit(
            partial(tasks.send_invitation.enqueue, user_id=user.pk), robust=True
        )

    @admin.action(description="Send the invitation again", permissions=["change"])
    def invite_again(self, request, queryset):
        """A new invitation for staff who never signed in: one sent to a
        mistyped address (corrected on their page first), or one that expired
        unread. Those who signed in already use "Forgotten your password?"."""
        waiting = queryset.filter(last_login__isnull=True, is_active=True).exclude(
            email=""
        )
        for user in waiting:
            self.invite(user)
        if sent := [user.email for user in waiting]:
            self.message_user(
                request,
                f"An invitation is on its way again to {', '.join(sent)}.",
                messages.SUCCESS,
            )
        if skipped := queryset.count() - len(sent):
            self.message_user(
                request,
                f"{skipped} account(s) not invited again: they have signed in "
                "already (“Forgotten your password?” on the login page sends them "
                "a link), are deactivated, or have no email address.",
                messages.WARNING,
            )
