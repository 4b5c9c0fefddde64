from datetime import timedelta

from cookie_consent.models import LogItem
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

BATCH_SIZE = 5_000


class Command(BaseCommand):
    help = (
        "Delete consent log entries older than CONSENT_LOG_RETENTION_DAYS "
        "(run it daily, e.g. from cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.CONSENT_LOG_RETENTION_DAYS,
            help="Keep this many days instead (default: %(default)s).",
        )

    def handle(self, *args, days, **options):
        if days < 1:
            raise CommandError("--days must be 1 or more.")
        cutoff = timezone.now() - timedelta(days=days)
        old = LogItem.objects.filter(created__lt=cutoff)
        deleted = 0
        # Small batches, oldest first along the primary key: each DELETE is short,
        # so a first run over a large table never holds a long lock.
        while batch := list(
            old.order_by("pk").values_list("pk", flat=True)[:BATCH_SIZE]
        ):
            deleted += LogItem.objects.filter(pk__in=batch).delete()[0]
        self.stdout.write(
            f"Deleted {deleted} consent log entries older than {days} days."
        )
