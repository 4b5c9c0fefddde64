from urllib.parse import urlsplit

from django.apps import AppConfig
from django.conf import settings
from django.db import connections
from django.db.models.signals import post_migrate


def name_the_site(**kwargs):
    """django.contrib.sites (stored redirects, password-reset emails) knows the
    journal by SITE_URL and SITE_NAME."""
    from django.contrib.sites.models import Site

    Site.objects.update_or_create(
        pk=settings.SITE_ID,
        defaults={
            "domain": urlsplit(settings.SITE_URL).netloc,
            "name": settings.SITE_NAME,
        },
    )


def new_release(using, **kwargs):
    """Every release runs `migrate`: pages cached by the previous one (older
    templates, other settings) are not served after it."""
    from .models import PurgedKey
    from .pagecache import SITE_KEY, purge

    # `migrate` of another app alone, on a new database, comes before ours.
    if PurgedKey._meta.db_table in connections[using].introspection.table_names():
        purge([SITE_KEY])


def refresh_planner_statistics(using, **kwargs):
    """SQLite keeps no table statistics by itself (PostgreSQL's autovacuum
    does), and a migration that rebuilds a table drops that table's. Without
    them its planner walked every published article for the related stories
    (15 ms instead of 1 ms at 100,000 articles). ANALYZE after each `migrate`
    (~2 s at 100,000 articles and 1,000,000 comments)."""
    connection = connections[using]
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


class ThinktankConfig(AppConfig):
    name = "thinktank"

    def ready(self):
        from django_tasks.signals import task_finished

        from .tasks import retry_failed_task

        post_migrate.connect(new_release, sender=self, dispatch_uid="new-release")
        post_migrate.connect(name_the_site, sender=self, dispatch_uid="name-the-site")
        post_migrate.connect(
            refresh_planner_statistics, sender=self, dispatch_uid="sqlite-statistics"
        )
        # Every failed background task is retried with back-off (thinktank/tasks.py).
        task_finished.connect(retry_failed_task, dispatch_uid="tasks-retry")
