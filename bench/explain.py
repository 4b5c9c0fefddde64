#!/usr/bin/env python3
"""EXPLAIN ANALYZE every query of the article, category and home pages on PostgreSQL.

    DATABASE_URL=postgres://journal:journal@127.0.0.1:5432/journal_bench_100000 \\
        .venv/bin/python bench/explain.py > docs/query-plans.md

Run it against a database filled by `manage.py seed` (bench/run.py makes one).
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thinktank.settings")
os.environ.update(
    PAGE_CACHE="0",
    PAGE_CACHE_SECONDS="0",
    DEBUG="0",
    ALLOWED_HOSTS="testserver",
    SECURE_SSL_REDIRECT="0",
)
os.environ.setdefault("SECRET_KEY", "explain-only-" + "x" * 50)

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from articles.models import Article, Category  # noqa: E402


def queries_of(client, url):
    """The queries of a request for `url` with the page cache off."""
    captured = []

    def capture(execute, sql, params, many, context):
        captured.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(capture):
        assert client.get(url).status_code == 200, url
    return captured


def main():
    if connection.vendor != "postgresql":
        sys.exit("EXPLAIN plans are documented for PostgreSQL: set DATABASE_URL.")
    published = Article.objects.published()
    article = published.order_by("pk")[published.count() // 2]
    section = Category.objects.sections()[0]
    pages = {
        "Article page": article.get_absolute_url(),
        "Category page (a top-level section)": section.get_absolute_url(),
        "Home page": "/",
    }
    count = Article.objects.count()
    print("# Query plans at", f"{count:,}", "articles (PostgreSQL, EXPLAIN ANALYZE)\n")
    print("Made by `bench/explain.py`; every query each page runs, in order.\n")
    client = Client()
    for title, url in pages.items():
        print(f"## {title}: `{url}`\n")
        queries = queries_of(client, url)
        for number, (sql, params) in enumerate(queries, 1):
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN ANALYZE " + sql, params)
                plan = "\n".join(row[0] for row in cursor.fetchall())
            print(f"{number}. `{sql[:110]}…`\n\n```\n{plan}\n```\n")


if __name__ == "__main__":
    main()
