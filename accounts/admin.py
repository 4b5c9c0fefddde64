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

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change:
            transaction.on_commit(
                partial(tasks.send_invitation.enqueue, user_id=obj.pk), robust=True
            )
            self.message_user(
                request,
                f"An invitation to choose a password is on its way to {obj.email}.",
                messages.SUCCESS,
            )
