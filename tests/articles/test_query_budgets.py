"""Every public page runs a fixed number of queries, whatever the data size."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory
from thinktank.pagecache import bump_content_version

pytestmark = pytest.mark.django_db


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
    client.get(url)  # fills the per-version caches (navigation, promos, tree)
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


# Budgets, naming the queries each page runs:
BUDGETS = {
    # the cards of the stories chosen once per content version (one query of
    # index-bounded subqueries), bylines, the week's most read and most
    # discussed (one aggregate each: read counts change without a content
    # change, so they are not remembered per version; the page cache bounds them)
    "home": 4,
    # article, bylines, tags, related stories (pins, the ranked keys from the
    # index, those stories by key), approved comments with their threads; the
    # category chain comes from the cached tree and the latest stories with the
    # sidebar, rendered once per content version
    "article": 7,
    # page, bylines; the category, its parents and sub-categories come from
    # the cached tree, and the count of the list is remembered per content
    # version
    "section": 2,
    "category": 2,
    # tag, page, bylines
    "tag": 3,
    # author, page, bylines
    "author": 3,
    # the ranked ids, page of results, bylines; before the ids SQLite counts
    # the index's matches, and PostgreSQL is told to plan them for these words
    # (SET LOCAL, in a transaction: a savepoint and its release in tests)
    "search": 6 if connection.vendor == "postgresql" else 4,
}


@pytest.mark.parametrize("name", BUDGETS)
def test_each_page_stays_within_its_budget(client, name, django_assert_max_num_queries):
    """Budgets are what a running worker spends: the page cache is off, and the
    navigation, promos and category tree (remembered per content version) are
    already in the cache."""
    url = pages(*build(12))[name]
    client.get(url)
    with django_assert_max_num_queries(BUDGETS[name], info=name):
        assert client.get(url).status_code == 200


def test_an_article_without_pins_skips_looking_for_them(
    client, django_assert_max_num_queries
):
    article = build(12)[0]
    article.pinned_related.clear()
    client.get(article.get_absolute_url())
    with django_assert_max_num_queries(BUDGETS["article"] - 1, info="no pins"):
        response = client.get(article.get_absolute_url())
    assert len(response.context["related"]) == 5


WATCHED_TABLES = ("articles_article", "comments_comment")


def full_scans(queries):
    """Steps of SQLite's plans for `queries` that read all of the articles or
    comments table, under its own name or a subquery's alias (Django's U0…).

    A walk along an index is allowed: every list here reads one in order and
    stops at its LIMIT (docs/query-plans.md shows the row counts)."""
    scans = []
    for query in queries:
        sql = query["sql"]
        names = set(WATCHED_TABLES)
        names |= set(re.findall(rf'"(?:{"|".join(WATCHED_TABLES)})" (\w+)', sql))
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN QUERY PLAN " + sql)
            scans += [
                step
                for *_, step in cursor.fetchall()
                if re.match(rf"SCAN ({'|'.join(names)})\b(?! USING)", step)
            ]
    return scans


@pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="PostgreSQL rightly reads tiny test tables whole; docs/query-plans.md "
    "shows its plans at 100,000 articles",
)
@pytest.mark.parametrize("after_a_change", [False, True])
def test_no_page_reads_every_article_or_comment(client, after_a_change):
    """Neither a running worker's requests nor the first ones after a change,
    which also work out what is remembered per content version (the home
    page's stories, list counts)."""
    for name, url in pages(*build(12)).items():
        client.get(url)
        if after_a_change:
            bump_content_version()
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        assert not full_scans(queries.captured_queries), name
    with CaptureQueriesContext(connection) as queries:
        list(Article.objects.filter(standfirst="unindexed"))
        list(Article.objects.filter(pk__in=Article.objects.filter(standfirst="x")))
    # the check itself sees a scan, by name and by alias
    assert len(full_scans(queries.captured_queries)) == 2
