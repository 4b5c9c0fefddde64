from django.apps import AppConfig
from django.db.models.signals import post_migrate


def new_release(**kwargs):
    """Every release runs `migrate`: pages cached by the previous one (older
    templates, other settings) are not served after it."""
    from .pagecache import SITE_KEY, purge

    purge([SITE_KEY])


class ThinktankConfig(AppConfig):
    name = "thinktank"

    def ready(self):
        from django_tasks.signals import task_finished

        from .tasks import retry_failed_task

        post_migrate.connect(new_release, sender=self, dispatch_uid="new-release")
        # Every failed background task is retried with back-off (thinktank/tasks.py).
        task_finished.connect(retry_failed_task, dispatch_uid="tasks-retry")
