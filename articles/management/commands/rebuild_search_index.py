"""Index every article for search again (SQLite's FTS5 table).

Saving an article keeps the index current; run this after writes that bypass
save(), such as bulk_create() or update() in an import. On PostgreSQL a trigger
keeps the search column current and this only counts the articles.
"""

from django.core.management.base import BaseCommand

from articles.search import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the full-text search index from the articles table."

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default")

    def handle(self, *args, **options):
        count = rebuild_index(using=options["database"])
        self.stdout.write(f"Search index covers {count} articles.")
