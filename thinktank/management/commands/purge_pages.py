import re

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from thinktank.pagecache import SITE_KEY, purge
from thinktank.tasks import purge_shared_cache

# What the views name (article-12, author-3, lists, site): no spaces, since the
# keys travel space-separated in one header.
KEY = re.compile(r"[a-z0-9][a-z0-9_-]*")


class Command(BaseCommand):
    help = (
        "Make cached pages stale, in the origin cache and in every cache in front "
        "(SHARED_CACHE_BACKENDS): every page, or only those showing the given "
        "keys. Run it after a release, once every web process runs the new one."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "keys",
            nargs="*",
            metavar="KEY",
            help=f"surrogate keys such as article-12 or lists (default: {SITE_KEY}, "
            "which every page carries)",
        )

    def handle(self, *args, keys, **options):
        keys = keys or [SITE_KEY]
        if wrong := [key for key in keys if not KEY.fullmatch(key)]:
            raise CommandError(
                f"Not a key: {', '.join(map(repr, wrong))}. Keys are lowercase "
                "letters, digits, '-' and '_', as in article-12 or lists."
            )
        # The origin cache, at once for every process; the caches in front are
        # queued a purge too, which the task worker retries if it fails.
        purge(keys)
        if not settings.SHARED_CACHE_BACKENDS:
            self.stdout.write(f"Purged {' '.join(keys)} (no cache in front).")
            return
        # ...and told now, so that a release script learns whether they heard.
        try:
            purge_shared_cache.call(keys=keys)
        except OSError as error:
            raise CommandError(
                f"The origin cache is purged, but a cache in front could not be "
                f"reached ({error}). The task worker will try again; see the "
                "failed tasks in the admin if it keeps failing."
            ) from error
        self.stdout.write(f"Purged {' '.join(keys)}, here and in front.")
