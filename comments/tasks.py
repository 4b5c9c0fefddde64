"""Comment work that runs in a task worker, not in the reader's request.

The task convention (plain-data arguments, enqueued on commit, retries) is in
thinktank/tasks.py.
"""

from django_tasks import task

from . import services
from .models import Comment


@task
def notify_moderators(comment_id):
    """Email the moderators about comment `comment_id` if it still awaits them.

    A comment deleted or moderated before the task runs needs no email.
    """
    comment = (
        Comment.objects.select_related("article")
        .filter(pk=comment_id, status=Comment.Status.PENDING)
        .first()
    )
    if comment is not None:
        services.email_moderators(comment=comment)
