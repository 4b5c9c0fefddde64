"""Comment work that runs in a task worker, not in the reader's request.

The task convention (plain-data arguments, enqueued on commit, retries) is in
thinktank/tasks.py.
"""

from django.contrib.auth import get_user_model
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


@task
def decide_in_background(seen, decision, moderator_id):
    """A bulk decision too large for one request (comments.admin, "select
    all"): give the comments in `seen` ({status shown: [ids]}) the status
    `decision`, DECISION_BATCH at a time, each batch in its own transaction.
    A comment another moderator decided since the list was shown (its status
    is no longer the one shown), or deleted, is left alone; a retry after a
    failure leaves the batches already done as they are."""
    moderator = get_user_model().objects.filter(pk=moderator_id).first()
    for status, ids in seen.items():
        for start in range(0, len(ids), services.DECISION_BATCH):
            services.moderate_comments(
                comments=Comment.objects.filter(
                    pk__in=ids[start : start + services.DECISION_BATCH], status=status
                ),
                decision=decision,
                by=moderator,
            )
