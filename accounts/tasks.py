"""Staff accounts' work that runs in a task worker, not in the request.

The task convention (plain-data arguments, enqueued on commit, retries) is in
thinktank/tasks.py.
"""

from django.contrib.auth import get_user_model
from django_tasks import task

from . import services


@task
def send_password_reset(user_id):
    """Email staff member `user_id` a link to choose a new password. The
    link's token is made when the email goes, rather than stored with the
    task. No email for an account closed, or left without an address or a
    password, meanwhile."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is not None and user.has_usable_password() and user.email:
        services.email_password_reset(user=user)


@task
def send_invitation(user_id):
    """Email new staff member `user_id` their username and a link to choose
    their password (accounts/admin.py). None for an account closed, or left
    without an address, meanwhile."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is not None and user.email:
        services.email_password_reset(user=user, template="invitation")
