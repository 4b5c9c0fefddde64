"""Articles' work that runs in a task worker, not in the editor's request.

The task convention (plain-data arguments, enqueued on commit, retries) is in
thinktank/tasks.py.
"""

from django_tasks import task

from . import services


@task
def send_review_request(article_id, requested_by_id):
    """Email the editors that article `article_id` awaits their review."""
    services.email_review_request(
        article_id=article_id, requested_by_id=requested_by_id
    )
