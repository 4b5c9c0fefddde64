"""Every public page runs a fixed number of queries, whatever the data size."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory
from thinktank.pagecache import SITE_KEY, purge

pytestmark = pytest.mark.django_db


# Budgets are what a page costs to render, with every cache off (tests/conftest.py):
# no lifetime to work out either; `test_caching_adds_the_clock` counts that.


def build(scale):
    """Sections with sub-categories, articles with several tags and authors."""
    authors = AuthorFactory.create_batch(3)
    tags = [f"tag-{i}" for i in range(6)]
    sections = [CategoryFactory(slug=f"top-{scale}-{i}") for i in range(3)]
    leaves = [CategoryFactory(parent=s) for s in sections]
    articles = [
        ArticleFactory(
            category=leaves[i % 3],
            tags=tags[i % 3 : i % 3 + 3],
            authors=authors[: 1 + i % 3],
            with_hero=i % 2 == 0,
        )
        for i in range(scale)
    ]
    articles[0].pinned_related.add(*articles[1:3])
    return articles[0], sections[0], leaves[0], authors[0]


def pages(article, section, leaf, author):
    return {
        "home": "/",
        "article": article.get_absolute_url(),
        "section": section.get_absolute_url(),
        "category": leaf.get_absolute_url(),
        "tag": "/tag/tag-1/",
        "author": author.get_absolute_url(),
        "search": "/search/?q=article",
    }


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_query_counts_do_not_grow_with_the_archive(client):
    small = {
        name: count_queries(client, url) for name, url in pages(*build(12)).items()
    }
    large = {
        name: count_queries(client, url) for name, url in pages(*build(40)).items()
    }
    assert small == large


# Budgets, naming the queries each page runs. Every page also reads the
# sections for its menu and the promos running now.
BUDGETS = {
    # the cards of the stories chosen (one query of index-bounded subqueries),
    # their bylines, the week's most read and most discussed (an aggregate
    # each); the sections it lists are the menu's too
    "home": 6,
    # article (with its category chain and its tags), related stories (pins
    # and those ranked from the tags' rank index, one query), latest stories,
    # approved comments, byline, the editions (the article's and the newest,
    # one query); correction notes only when it has some (flagged in the
    # article's query)
    "article": 8,
    # category (with its parents), count, page, bylines, sub-categories
    "section": 7,
    "category": 7,
    # tag, count, page, bylines
    "tag": 6,
    # author, count, page, bylines
    "author": 6,
    # the ranked ids, page of results, bylines; before the ids SQLite counts
    # the index's matches, and PostgreSQL is told to plan them for these words
    # (SET LOCAL, in a transaction: a savepoint and its release in tests)
    "search": 8 if connection.vendor == "postgresql" else 6,
}


@pytest.mark.parametrize("name", BUDGETS)
def test_each_page_stays_within_its_budget(client, name, django_assert_max_num_queries):
    url = pages(*build(12))[name]
    with django_assert_max_num_queries(BUDGETS[name], info=name):
        assert client.get(url).status_code == 200


def test_an_article_without_pins_skips_looking_for_them(client):
    article = build(12)[0]
    pins = Article.pinned_related.through._meta.db_table
    article.pinned_related.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.get_absolute_url())
    assert len(response.context["related"]) == 5
    # only the article's own query, for its `has_pins` flag
    assert len([q for q in queries.captured_queries if pins in q["sql"]]) == 1


def test_caching_adds_the_clock(client, settings):
    """A page kept by a cache works out its lifetime: the next scheduled
    article, and the next promo start or end (two queries)."""
    url = pages(*build(12))["article"]
    uncached = count_queries(client, url)
    settings.PAGE_CACHE_SECONDS = 600
    assert count_queries(client, url) == uncached + 2


WATCHED_TABLES = ("articles_article", "comments_comment")


def full_scans(queries):
    """Steps of SQLite's plans for `queries` that read all of the articles or
    comments table, under its own name or a subquery's alias (Django's U0…).

    A walk along an index is allowed in a query with a LIMIT: every list here
    reads one in order and stops there (docs/query-plans.md shows the row
    counts)."""
    scans = []
    for query in queries:
        sql = query["sql"]
        names = set(WATCHED_TABLES)
        names |= set(re.findall(rf'"(?:{"|".join(WATCHED_TABLES)})" (\w+)', sql))
        whole = rf"SCAN ({'|'.join(names)})\b" + (
            "(?! USING)" if " LIMIT " in sql else ""
        )
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN QUERY PLAN " + sql)
            scans += [step for *_, step in cursor.fetchall() if re.match(whole, step)]
    return scans


@pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="PostgreSQL rightly reads tiny test tables whole; docs/query-plans.md "
    "shows its plans at 100,000 articles",
)
@pytest.mark.parametrize("after_a_change", [False, True])
def test_no_page_reads_every_article_or_comment(client, after_a_change):
    """Neither a running worker's requests nor the first ones after a change
    (every page purged)."""
    with connection.cursor() as cursor:
        # The planner's statistics as the test database stored them: a test
        # that ran `migrate` (ANALYZE, thinktank/apps.py) on its few rows left
        # its own in this connection, rolled back in the tables only.
        cursor.execute("ANALYZE sqlite_schema")
    for name, url in pages(*build(12)).items():
        client.get(url)
        if after_a_change:
            purge([SITE_KEY])
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        assert not full_scans(queries.captured_queries), name
    with CaptureQueriesContext(connection) as queries:
        list(Article.objects.filter(standfirst="unindexed"))
        list(Article.objects.filter(pk__in=Article.objects.filter(standfirst="x")))
    # the check itself sees a scan, by name and by alias
    assert len(full_scans(queries.captured_queries)) == 2
