from django.conf import settings
from django.core.management.base import BaseCommand


class RetentionCommand(BaseCommand):
    """A daily command that lets comments' data go after a retention period:
    the setting named `setting` (days), or --days for one run."""

    setting = None

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Override the retention period for this run.",
        )

    def handle(self, *args, days=None, **options):
        days = getattr(settings, self.setting) if days is None else days
        self.stdout.write(self.let_go(days))

    def let_go(self, days):
        """Do it for data older than `days` days; returns what to print."""
        raise NotImplementedError
