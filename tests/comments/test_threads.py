"""Threaded replies: where a reply may go, and how threads are shown."""

import re

import pytest
from django.test import Client

from comments.models import Comment
from tests.comments.conftest import comment_data, post_url
from tests.factories import ArticleFactory, CommentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    return ArticleFactory()


def reply_to(client, parent, **overrides):
    return client.post(
        post_url(parent.article),
        comment_data(parent.article, parent=str(parent.pk), **overrides),
    )


def test_a_reply_to_an_approved_comment_is_nested_under_it(client, article):
    parent = CommentFactory(article=article, text="The first word.")
    CommentFactory(article=article, text="A later, separate comment.")

    response = reply_to(client, parent, text="A reply.")
    reply = Comment.objects.get(parent=parent)
    Comment.objects.filter(pk=reply.pk).update(status=Comment.Status.APPROVED)
    html = Client().get(article.get_absolute_url()).content.decode()

    assert response.status_code == 302
    assert reply.depth == 2
    nested = re.search(
        rf'id="comment-{parent.pk}".*?comment-list--replies.*?id="comment-{reply.pk}"',
        html,
        re.DOTALL,
    )
    assert nested
    assert "A later, separate comment." not in nested.group(0)


def test_the_writer_sees_their_pending_reply_under_its_parent(client, article):
    parent = CommentFactory(article=article)

    reply_to(client, parent, text="My pending reply.")
    # static/js/comments.js puts each pending comment under its parent.
    [pending] = client.get(f"/comments/{article.slug}/state/").json()["pending"]

    assert pending["parent"] == parent.pk
    assert re.search(
        r'id="your-comment".*?My pending reply\.', pending["html"], re.DOTALL
    )


@pytest.mark.parametrize("status", ["pending", "spam", "removed"])
def test_a_reply_may_not_go_to_a_comment_that_is_not_public(client, article, status):
    hidden = CommentFactory(article=article, status=status)

    response = reply_to(client, hidden, text="Replying anyway.")

    html = response.content.decode()
    assert response.status_code == 400
    assert "The comment you were replying to is no longer available." in html
    assert "Replying anyway." in html
    # Sending the returned form again posts it as a comment on the article.
    assert 'name="parent" id="comment-form-parent">' in html
    assert not Comment.objects.filter(parent=hidden).exists()


def test_a_reply_may_not_go_to_a_comment_on_another_article(client, article):
    elsewhere = CommentFactory()

    response = client.post(
        post_url(article), comment_data(article, parent=str(elsewhere.pk))
    )

    assert response.status_code == 400
    assert "no longer available" in response.content.decode()
    assert not Comment.objects.filter(parent=elsewhere).exists()


def test_replies_go_at_most_three_levels_deep(client, article):
    first = CommentFactory(article=article)
    second = CommentFactory(article=article, parent=first)
    third = CommentFactory(article=article, parent=second)

    response = reply_to(client, third)
    html = Client().get(article.get_absolute_url()).content.decode()

    assert third.depth == 3
    assert response.status_code == 400
    assert "Replies go at most 3 levels deep." in response.content.decode()
    assert f"/comments/reply/{second.pk}/" in html
    assert f"/comments/reply/{third.pk}/" not in html
    assert Client().get(f"/comments/reply/{third.pk}/").status_code == 404


def test_the_reply_page_works_without_javascript(client, article):
    parent = CommentFactory(article=article, name="Bea", text="Worth a reply.")

    response = client.get(f"/comments/reply/{parent.pk}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Reply to Bea</h1>" in html
    assert "Worth a reply." in html
    assert f'name="parent" value="{parent.pk}"' in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.parametrize("status", ["pending", "spam", "removed"])
def test_there_is_no_reply_page_for_a_comment_that_is_not_public(client, status):
    hidden = CommentFactory(status=status)

    assert client.get(f"/comments/reply/{hidden.pk}/").status_code == 404


def test_there_is_no_reply_page_on_an_unpublished_article(client):
    comment = CommentFactory(article=ArticleFactory(draft=True))

    assert client.get(f"/comments/reply/{comment.pk}/").status_code == 404


def test_a_reply_whose_parent_is_no_longer_public_is_shown_at_the_top_level(
    client, article
):
    parent = CommentFactory(article=article, status=Comment.Status.REMOVED)
    orphan = CommentFactory(article=article, parent=parent, text="Still here.")

    html = client.get(article.get_absolute_url()).content.decode()

    assert "Still here." in html
    assert f'id="comment-{orphan.pk}"' in html
    assert ">1 comment</h2>" in html
