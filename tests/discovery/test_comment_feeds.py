"""The comment feeds (comments/feeds.py), read back with feedparser as a feed
reader would: what they list, what they never show, and that they keep up."""

import html
from datetime import timedelta

import feedparser
import pytest
from django.test import Client
from django.utils import timezone

from articles.feeds import FEED_LENGTH
from comments.models import Comment
from comments.services import moderate_comments
from tests.factories import ArticleFactory, CommentFactory

from .conftest import SITE_URL

pytestmark = pytest.mark.django_db


def read(url, client=None):
    response = (client or Client()).get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


def posted(article, name, hours_ago, **fields):
    return CommentFactory(
        article=article,
        name=name,
        created_at=timezone.now() - timedelta(hours=hours_ago),
        **fields,
    )


def test_the_newest_comments_readers_can_see_newest_first():
    article = ArticleFactory(title="Ports & tolls", slug="ports")
    draft = ArticleFactory(draft=True)
    scheduled = ArticleFactory(scheduled=True)
    posted(article, "Older", 3)
    posted(article, "Newer", 1)
    posted(article, "Waiting", 0, status="pending")
    posted(article, "Junk", 0, status="spam")
    posted(draft, "On a draft", 0)
    posted(scheduled, "On a scheduled piece", 0)

    for url in ("/feed/comments/", "/feed/comments/atom/"):
        response, feed = read(url)
        assert [e.author for e in feed.entries] == ["Newer", "Older"], url
        assert html.unescape(feed.entries[0].title) == "Newer on “Ports & tolls”"
        # its lasting address, which finds its page (tests/comments/test_comment_pages.py)
        assert (
            feed.entries[0].link
            == f"{SITE_URL}/comments/link/"
            + str(Comment.objects.get(name="Newer").pk)
            + "/"
        )
        assert "@example.com" not in response.content.decode()  # no email address
        assert "192.0.2.10" not in response.content.decode()


def test_a_comment_is_text_in_paragraphs_never_markup():
    posted(
        ArticleFactory(),
        "Mallory",
        1,
        text="First <script>alert(1)</script> line.\n\nSecond paragraph.",
    )

    _, feed = read("/feed/comments/")

    summary = feed.entries[0].summary
    assert "<script>" not in summary
    assert "&lt;script&gt;" in summary
    assert summary.count("<p>") == 2


def test_a_control_character_in_a_comment_does_not_break_the_feeds():
    # The comment form takes them (a pasted form feed, a vertical tab); XML
    # cannot carry them, and Django refused the whole feed with a 500.
    posted(ArticleFactory(slug="w"), "Bob\x0b", 1, text="Page one\x0cpage two\x08.")

    for url in ("/feed/comments/", "/feed/comments/atom/", "/articles/w/feed/"):
        _, feed = read(url)
        assert feed.entries[0].author == "Bob", url
        assert "Page onepage two." in feed.entries[0].summary, url


def test_an_articles_feed_lists_its_own_comments_only():
    article = ArticleFactory(title="Canals", slug="canals")
    posted(article, "Mine", 1)
    posted(article, "Not yet", 0, status="pending")
    posted(ArticleFactory(), "Elsewhere", 0)

    for url in ("/articles/canals/feed/", "/articles/canals/feed/atom/"):
        _, feed = read(url)
        assert [e.author for e in feed.entries] == ["Mine"], url
        assert feed.feed.title == "Comments on “Canals” | The Think Tank Journal"
        assert feed.feed.link == f"{SITE_URL}/articles/canals/"


def test_the_comments_of_an_article_readers_cannot_open_are_not_found():
    draft = ArticleFactory(draft=True, slug="draft")
    posted(draft, "Early", 1)

    assert Client().get("/articles/draft/feed/").status_code == 404
    assert Client().get("/articles/nothing/feed/atom/").status_code == 404


def test_the_feeds_cost_the_same_whatever_their_length(django_assert_num_queries):
    article = ArticleFactory(slug="long")
    for n in range(FEED_LENGTH + 5):
        posted(article, f"Reader {n}", n + 1)

    read("/feed/comments/")  # Django reads the Site once a process
    with django_assert_num_queries(1):
        _, feed = read("/feed/comments/")
    assert len(feed.entries) == FEED_LENGTH
    with django_assert_num_queries(2):  # the article, its comments
        read("/articles/long/feed/")


def test_an_approval_shows_in_the_cached_feeds_on_the_next_request(
    settings, django_user_model, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SECONDS = 600
    article = ArticleFactory(slug="tolls")
    comment = posted(article, "Patient", 1, status="pending")
    for url in ("/feed/comments/", "/articles/tolls/feed/"):
        assert read(url)[1].entries == []
        assert read(url)[0]["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        moderate_comments(
            comments=Comment.objects.filter(pk=comment.pk),
            decision="approved",
            by=django_user_model.objects.create_user("mod"),
        )

    for url in ("/feed/comments/", "/articles/tolls/feed/"):
        assert [e.author for e in read(url)[1].entries] == ["Patient"], url


def test_an_articles_comment_feed_is_purged_with_that_article_alone(
    settings, django_user_model, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SECONDS = 600
    tolls = ArticleFactory(title="Tolls", slug="tolls")
    elsewhere = posted(ArticleFactory(slug="canals"), "Elsewhere", 1, status="pending")
    read("/articles/tolls/feed/")

    with django_capture_on_commit_callbacks(execute=True):
        moderate_comments(
            comments=Comment.objects.filter(pk=elsewhere.pk),
            decision="approved",
            by=django_user_model.objects.create_user("mod"),
        )
    after_another_approval = read("/articles/tolls/feed/")[0]
    with django_capture_on_commit_callbacks(execute=True):
        tolls.title = "Tolls rise"
        tolls.save()
    _, after_its_edit = read("/articles/tolls/feed/")

    assert after_another_approval["X-Page-Cache"] == "hit"
    assert after_its_edit.feed.title.startswith("Comments on “Tolls rise”")


def test_an_article_announces_its_comment_feeds():
    ArticleFactory(title="Canals", slug="canals")

    page = Client().get("/articles/canals/").content.decode()

    assert (
        '<link rel="alternate" type="application/rss+xml" '
        f'title="Comments on “Canals” (RSS)" href="{SITE_URL}/articles/canals/feed/">'
    ) in page
    assert f'href="{SITE_URL}/articles/canals/feed/atom/"' in page
