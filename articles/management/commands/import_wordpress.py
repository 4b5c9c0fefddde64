"""Import a WordPress export (WXR): authors, categories, tags, posts, pages,
pictures and comments, with a 301 for every old address.

    python manage.py import_wordpress EXPORT.xml [--media-dir DIR | --media-url BASE]
        [--site-moved] [--dry-run]

Safe to run again: WordPress IDs are remembered, so the same file changes
nothing and a newer export adds and updates. See docs/wordpress.md.
"""

from functools import partial
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.wordpress.importer import Importer
from articles.wordpress.media import MediaSource
from articles.wordpress.parse import WXRError


class Command(BaseCommand):
    help = "Import a WordPress export file (Tools → Export in WordPress)."

    def add_arguments(self, parser):
        parser.add_argument("export", help="The WXR file WordPress exported.")
        source = parser.add_mutually_exclusive_group()
        source.add_argument(
            "--media-dir",
            help="A copy of the site's wp-content/uploads folder.",
        )
        source.add_argument(
            "--media-url",
            help="The address of the site's uploads folder, e.g. "
            "https://old.example.org/wp-content/uploads",
        )
        parser.add_argument(
            "--site-moved",
            action="store_true",
            help="The export is of the site imported before, now at another "
            "address (a journal takes one WordPress site).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read and check everything, report, and write nothing.",
        )

    def handle(
        self, *args, export, media_dir, media_url, dry_run, site_moved, **options
    ):
        path = Path(export)
        if not path.is_file():
            raise CommandError(f"No file at {path}.")
        if media_dir and not Path(media_dir).is_dir():
            raise CommandError(f"--media-dir {media_dir} is not a folder.")
        importer = Importer(
            media=MediaSource(folder=media_dir or "", base_url=media_url or ""),
            dry_run=dry_run,
            site_moved=site_moved,
            progress=partial(self.stderr.write, ending=""),
        )
        try:
            report = importer.run(path)
        except WXRError as error:
            raise CommandError(str(error)) from error
        self.stdout.write("\n".join(report.lines(dry_run=dry_run)))
        if report.errors:
            raise CommandError("The import stopped early; see the errors above.")
