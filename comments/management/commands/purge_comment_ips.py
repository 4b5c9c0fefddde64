from django.conf import settings
from django.core.management.base import BaseCommand

from comments.services import blank_old_ip_addresses


class Command(BaseCommand):
    help = (
        "Blank the IP address and browser stored with comments older than "
        "COMMENTS_IP_RETENTION_DAYS (run it daily, e.g. from cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Override the retention period for this run.",
        )

    def handle(self, *args, days=None, **options):
        days = settings.COMMENTS_IP_RETENTION_DAYS if days is None else days
        changed = blank_old_ip_addresses(days=days)
        self.stdout.write(
            f"Blanked IP addresses of {changed} comment(s) older than {days} days."
        )
