"""A long thread in pages: the article shows its first conversations, comment
pages the later ones, and each comment keeps an address that finds it."""

import re

import pytest
from django.test import Client

from articles.models import Article
from comments.models import Comment
from comments.services import moderate_comments
from tests.comments.conftest import comment_data, post_url
from tests.factories import ArticleFactory, CommentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def two_conversations_a_page(settings):
    settings.COMMENTS_PER_PAGE = 2


@pytest.fixture
def article():
    return ArticleFactory(slug="long-thread")


def conversations(article, count):
    """`count` top-level comments, oldest first, each with a reply under it."""
    made = []
    for n in range(count):
        top = CommentFactory(article=article, text=f"Conversation {n + 1}.")
        CommentFactory(article=article, parent=top, text=f"Reply in {n + 1}.")
        made.append(top)
    return made


def texts(response):
    return re.findall(r"(?:Conversation|Reply in) \d+\.", response.content.decode())


def page_links(response):
    nav = re.search(
        r'<nav class="pagination comment-pages".*?</nav>',
        response.content.decode(),
        re.S,
    )
    return re.findall(r'rel="(prev|next)" href="([^"]+)"', nav.group(0)) if nav else []


def test_the_article_shows_the_first_conversations_with_their_replies(client, article):
    conversations(article, 5)

    response = client.get(article.get_absolute_url())

    assert texts(response) == [
        "Conversation 1.",
        "Reply in 1.",
        "Conversation 2.",
        "Reply in 2.",
    ]
    assert ">10 comments</h2>" in response.content.decode()  # all of them
    assert "Comments, page 1 of 3" in response.content.decode()
    assert page_links(response) == [
        ("next", "/articles/long-thread/comments/?page=2#comments")
    ]


def test_comment_pages_show_the_later_conversations_and_lead_both_ways(client, article):
    conversations(article, 5)

    second = client.get("/articles/long-thread/comments/?page=2")
    last = client.get("/articles/long-thread/comments/?page=3")

    assert second.status_code == 200
    assert texts(second) == [
        "Conversation 3.",
        "Reply in 3.",
        "Conversation 4.",
        "Reply in 4.",
    ]
    assert page_links(second) == [
        ("prev", "/articles/long-thread/#comments"),
        ("next", "/articles/long-thread/comments/?page=3#comments"),
    ]
    assert texts(last) == ["Conversation 5.", "Reply in 5."]
    assert page_links(last) == [
        ("prev", "/articles/long-thread/comments/?page=2#comments")
    ]
    html = second.content.decode()
    assert f"On “{article.title}”: the later conversations" in html
    assert 'class="comment-form"' in html  # readers reply where they read
    assert '<input type="hidden" name="page" value="2">' in html
    assert '/articles/long-thread/comments/?page=2">' in html  # its canonical link


def test_a_short_thread_has_no_pages(client, article):
    conversations(article, 2)

    response = client.get(article.get_absolute_url())

    assert len(texts(response)) == 4
    assert "comment-pages" not in response.content.decode()


@pytest.mark.parametrize("page", ["0", "-1", "two", "", "²", "9" * 5000])
def test_a_page_number_that_names_no_page_leads_to_the_article(client, article, page):
    conversations(article, 5)

    response = client.get(f"/articles/long-thread/comments/?page={page}")

    assert response.status_code == 301
    assert response["Location"] == "/articles/long-thread/#comments"


def test_a_page_past_the_end_leads_to_the_last(
    client, article, django_assert_num_queries
):
    """Comments removed since a link was made, or an old WordPress page number
    (comment-page-4/): the reader still lands among the comments."""
    tops = conversations(article, 5)

    with django_assert_num_queries(2):  # the article, then its thread once
        past_the_end = client.get("/articles/long-thread/comments/?page=4")
    kept = Comment.objects.filter(pk__in=[tops[0].pk, tops[1].pk])
    Comment.objects.filter(article=article).exclude(pk__in=kept).exclude(
        parent__in=kept
    ).delete()  # two conversations left: the article's page alone
    now_shorter = client.get("/articles/long-thread/comments/?page=3")

    assert past_the_end.status_code == 302
    assert past_the_end["Location"] == "/articles/long-thread/comments/?page=3#comments"
    assert now_shorter["Location"] == "/articles/long-thread/#comments"


def test_the_first_page_is_the_article(client, article):
    conversations(article, 5)

    for url in (
        "/articles/long-thread/comments/",
        "/articles/long-thread/comments/?page=1",
    ):
        response = client.get(url)
        assert response.status_code == 301
        assert response["Location"] == "/articles/long-thread/#comments"


def test_an_unpublished_articles_comment_pages_are_not_found(client, article):
    conversations(article, 5)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.WITHDRAWN)

    assert client.get("/articles/long-thread/comments/?page=2").status_code == 404


def test_a_comments_address_leads_to_its_page(client, article):
    tops = conversations(article, 5)
    reply_on_page_3 = tops[4].replies.get()

    on_page_1 = client.get(tops[0].get_absolute_url())
    on_page_3 = client.get(reply_on_page_3.get_absolute_url())

    assert tops[0].get_absolute_url() == f"/comments/link/{tops[0].pk}/"
    assert on_page_1.status_code == 302
    assert on_page_1["Location"] == f"/articles/long-thread/#comment-{tops[0].pk}"
    assert on_page_3["Location"] == (
        f"/articles/long-thread/comments/?page=3#comment-{reply_on_page_3.pk}"
    )
    page = client.get(on_page_3["Location"].partition("#")[0])
    assert f'id="comment-{reply_on_page_3.pk}"' in page.content.decode()


def test_a_comment_readers_cannot_see_leads_to_the_articles_comments(client, article):
    conversations(article, 1)
    pending = CommentFactory(article=article, status=Comment.Status.PENDING)
    draft = ArticleFactory(status=Article.Status.DRAFT)
    on_draft = CommentFactory(article=draft)

    response = client.get(pending.get_absolute_url())

    assert response["Location"] == "/articles/long-thread/#comments"
    assert client.get(on_draft.get_absolute_url()).status_code == 404


def test_a_comment_feed_links_each_comment_to_its_page(client, article):
    tops = conversations(article, 3)

    feed = client.get("/articles/long-thread/feed/").content.decode()

    assert f"/comments/link/{tops[2].pk}/</link>" in feed


def test_a_comment_sent_from_a_later_page_returns_to_it(client, article):
    conversations(article, 5)

    from_page_3 = client.post(post_url(article), comment_data(article, page="3"))
    from_article = client.post(post_url(article), comment_data(article, page="x"))

    assert from_page_3.status_code == 302
    assert from_page_3["Location"] == (
        "/articles/long-thread/comments/?page=3#your-comment"
    )
    assert from_article["Location"] == "/articles/long-thread/#your-comment"


def test_an_approval_refreshes_the_cached_comment_pages(article, settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SECONDS = 600
    conversations(article, 3)
    waiting = CommentFactory(
        article=article, status=Comment.Status.PENDING, text="Conversation 4."
    )
    url = "/articles/long-thread/comments/?page=2"
    assert Client().get(url)["X-Page-Cache"] == "miss"
    assert Client().get(url)["X-Page-Cache"] == "hit"

    moderate_comments(
        comments=Comment.objects.filter(pk=waiting.pk),
        decision=Comment.Status.APPROVED,
        by=None,
    )

    fresh = Client().get(url)
    assert fresh["X-Page-Cache"] == "miss"
    assert "Conversation 4." in texts(fresh)
