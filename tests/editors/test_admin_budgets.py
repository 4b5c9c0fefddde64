"""The article list and form cost the same however many articles and revisions."""

import re

import pytest
import reversion
from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from articles.models import Article, Category, Correction, PreviewLink
from tests.articles.test_query_budgets import full_scans
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory

from .forms import change_url

pytestmark = pytest.mark.django_db


def page_queries(client, url):
    """(the queries the page at `url` ran, its HTML)."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def revise(article, times):
    for n in range(times):
        with reversion.create_revision():
            article.standfirst = f"Revision {n}."
            article.save()


@pytest.mark.parametrize("articles", [3, 30])
def test_the_article_list_cost_does_not_grow(
    editor_client, django_assert_max_num_queries, articles
):
    authors = AuthorFactory.create_batch(3)
    for n in range(articles):
        revise(ArticleFactory(authors=authors[: 1 + n % 3]), 2)
    # Session, user and two for permissions; the filters (the authors offered,
    # the category tree and three for the page cache's next scheduled change,
    # which the cached tree is keyed by); two counts (filtered and total); the
    # page of articles and their bylines (one prefetch); two for the date
    # drill-down.
    with django_assert_max_num_queries(17, info="article list"):
        response = editor_client.get("/admin/articles/article/")
    assert response.status_code == 200


@pytest.mark.parametrize("revisions", [1, 44])
def test_the_article_form_cost_does_not_grow_with_revisions(
    editor_client, editor, django_assert_max_num_queries, revisions
):
    article = ArticleFactory(authors=AuthorFactory.create_batch(2), tags=["a", "b"])
    revise(article, revisions)
    for n in range(revisions % 5):
        Correction.objects.create(article=article, note=f"Note {n}.")
        PreviewLink.objects.create(article=article, created_by=editor)
    # Session, user and two for permissions; the article (the form's, the
    # inlines' and the pins widget's) and its byline prefetch, its tags; the
    # byline inline (its rows, and the authors of its autocomplete widgets);
    # the category; the correction notes and the preview links (with who made
    # them), each with its content type for "view on site". Nothing grows
    # with the notes or links, and no query reads revisions.
    with django_assert_max_num_queries(22, info="article form"):
        response = editor_client.get(change_url(article))
    assert response.status_code == 200


def test_the_history_cost_does_not_grow_with_revisions(
    editor_client, django_assert_max_num_queries
):
    article = ArticleFactory()
    revise(article, 30)
    # Session, user, two for permissions, the article (twice: the history and
    # its title), its log entries, the versions with their revisions and users.
    with django_assert_max_num_queries(9, info="history"):
        response = editor_client.get(f"/admin/articles/article/{article.pk}/history/")
    assert response.status_code == 200


@pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="PostgreSQL's statistics count each state; its plans read the index",
)
def test_the_article_list_in_one_state_reads_only_that_state(editor_client):
    """The few drafts, articles in review, scheduled or withdrawn come from
    article_published_idx in the list's order. Without the id in it, SQLite
    walked every article along article_newest_idx to find them (the admin
    front page's "Awaiting review", "Scheduled" and "My drafts" lead here):
    476 ms for the drafts among 30,000 articles."""
    ArticleFactory.create_batch(30)  # enough for SQLite to plan as on a real archive
    ArticleFactory(status="draft")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # as after every migrate (thinktank/apps.py)
    for state in ["draft", "review", "scheduled", "withdrawn"]:
        with CaptureQueriesContext(connection) as queries:
            response = editor_client.get("/admin/articles/article/", {"state": state})
        # The page of articles (the authors filter reads every byline: not here).
        (listing,) = [
            q
            for q in queries.captured_queries
            if 'FROM "articles_article" INNER JOIN "articles_category"' in q["sql"]
        ]
        assert response.status_code == 200
        assert not full_scans([listing]), state


def test_a_far_page_of_the_article_list_reads_only_its_own_rows(
    editor_client, monkeypatch
):
    """The page is cut from the keys alone (the list's index gives them
    without reading a row), then its rows are read by key. Cutting the rows
    themselves read every row stepped over: the last page of 30,000 articles
    took 256 ms of SQL (2.6 ms this way, SQLite)."""
    from articles.admin import ArticleAdmin

    monkeypatch.setattr(ArticleAdmin, "list_per_page", 2)
    ArticleFactory.create_batch(7)
    with CaptureQueriesContext(connection) as queries:
        response = editor_client.get("/admin/articles/article/", {"p": "3"})
    (listing,) = [
        q["sql"]
        for q in queries.captured_queries
        if 'FROM "articles_article" INNER JOIN "articles_category"' in q["sql"]
    ]

    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == 2
    keys_only = (
        r'IN \(SELECT U0\."id" AS "pk" FROM "articles_article" U0 ORDER BY [^()]*'
    )
    assert re.search(keys_only + r"LIMIT 2 OFFSET 4\)", listing)
    assert not listing.endswith("OFFSET 4")


def test_the_author_list_cost_does_not_grow_with_their_accounts(
    editor_client, django_user_model
):
    """Each author's sign-in account is a column: read with the authors, not
    one query per row (49 queries for a page with 40 linked authors)."""

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = editor_client.get("/admin/authors/author/")
        assert response.status_code == 200
        return len(captured)

    AuthorFactory(user=django_user_model.objects.create_user("writer0"))
    one = queries()
    for n in range(1, 6):
        AuthorFactory(user=django_user_model.objects.create_user(f"writer{n}"))

    assert queries() == one


def test_a_category_in_use_is_refused_deletion_at_a_fixed_cost(
    editor_client, monkeypatch
):
    """Its articles protect it: the page says so, naming the newest and
    counting the rest, in the same few queries however many articles it holds.
    Django's collector read each with its tags first (9,000+ queries and 5 s
    for a section of 1,250 articles)."""
    from thinktank import admin as thinktank_admin

    monkeypatch.setattr(thinktank_admin, "PROTECTED_SHOWN", 2)
    section = CategoryFactory(name="Trade")
    ArticleFactory.create_batch(3, category=section, tags=["tariffs", "ports"])
    url = f"/admin/articles/category/{section.pk}/delete/"

    few, _ = page_queries(editor_client, url)
    ArticleFactory.create_batch(6, category=section, tags=["tariffs", "ports"])
    many, page = page_queries(editor_client, url)

    assert many == few
    assert "Cannot delete category" in page
    assert "… and 7 more articles" in page
    assert editor_client.post(url, {"post": "yes"}).status_code == 200
    assert Category.objects.filter(pk=section.pk).exists()


def test_a_category_no_longer_used_is_deleted(editor_client):
    empty = CategoryFactory(name="Old desk")

    response = editor_client.post(
        f"/admin/articles/category/{empty.pk}/delete/", {"post": "yes"}
    )

    assert response.status_code == 302
    assert not Category.objects.filter(pk=empty.pk).exists()


def test_deleting_a_tag_costs_the_same_however_many_articles_carry_it(editor_client):
    """The page counts the tag's place on articles instead of naming each
    article (one query apiece); the delete itself keeps the articles."""
    ArticleFactory.create_batch(2, tags=["ports"])
    tag = Tag.objects.get(name="ports")
    url = f"/admin/taggit/tag/{tag.pk}/delete/"

    few, _ = page_queries(editor_client, url)
    ArticleFactory.create_batch(6, tags=["ports"])
    many, page = page_queries(editor_client, url)

    assert many == few
    assert "8 article tags" in page
    assert editor_client.post(url, {"post": "yes"}).status_code == 302
    assert not Tag.objects.filter(pk=tag.pk).exists()
    assert Article.objects.count() == 8


def test_an_author_in_bylines_is_refused_deletion_at_a_fixed_cost(editor_client):
    """Bylines protect the author: the page names their newest articles in
    the same few queries however many they wrote (Django named every byline,
    one query each); an author without articles is deleted."""
    writer, newcomer = AuthorFactory.create_batch(2)
    ArticleFactory.create_batch(2, authors=[writer])
    url = f"/admin/authors/author/{writer.pk}/delete/"

    few, _ = page_queries(editor_client, url)
    ArticleFactory.create_batch(6, authors=[writer])
    many, page = page_queries(editor_client, url)

    assert many == few
    assert "Cannot delete author" in page
    assert page.count("<li>Article: ") == 8
    assert (
        editor_client.post(
            f"/admin/authors/author/{newcomer.pk}/delete/", {"post": "yes"}
        ).status_code
        == 302
    )


@pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="PostgreSQL rightly reads tiny test tables whole",
)
@pytest.mark.parametrize("order", ["1", "-1"])
def test_the_article_list_sorted_by_headline_reads_an_index(
    editor_client, monkeypatch, order
):
    """Sorted by headline either way, a page's keys come in order from
    article_title_idx; without it every page sorted every headline (70 ms
    of SQL at 30,000 articles, 130 ms for page 500; 0.4 and 1.2 ms now)."""
    from articles.admin import ArticleAdmin

    monkeypatch.setattr(ArticleAdmin, "list_per_page", 2)
    ArticleFactory.create_batch(30)  # enough for SQLite to plan as on a real archive
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # as after every migrate (thinktank/apps.py)
    with CaptureQueriesContext(connection) as queries:
        response = editor_client.get("/admin/articles/article/", {"o": order})
    (listing,) = [
        q
        for q in queries.captured_queries
        if 'FROM "articles_article" INNER JOIN "articles_category"' in q["sql"]
    ]

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + listing["sql"])
        keys = [step for _, parent, _, step in cursor.fetchall() if parent != 0]

    assert response.status_code == 200
    assert "USE TEMP B-TREE FOR ORDER BY" not in keys  # the page's keys, unsorted
