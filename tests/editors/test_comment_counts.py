"""The article list shows each article's comments and those awaiting
moderation, as WordPress's Posts list does with its comment bubbles, at a cost
that does not grow with the articles or their comments."""

import pytest
from django.contrib.auth.models import Permission

from tests.factories import ArticleFactory, CommentFactory

from .test_admin_budgets import page_queries

pytestmark = pytest.mark.django_db

LIST = "/admin/articles/article/"


def discussed_article():
    article = ArticleFactory(title="Ports and power")
    CommentFactory.create_batch(5, article=article)
    CommentFactory.create_batch(2, article=article, status="pending")
    CommentFactory(article=article, status="spam")
    CommentFactory(article=article, status="removed")
    return article


def test_each_row_counts_its_comments_and_those_awaiting_moderation(editor_client):
    discussed_article()
    ArticleFactory(title="Quiet piece")
    _, html = page_queries(editor_client, LIST)
    assert "<small>5 comments</small>" in html
    assert "<small><strong>2 awaiting moderation</strong></small>" in html
    # Spam and removed comments are nobody's business here; a quiet piece
    # says nothing; an editor who may not open the queue gets no link to it.
    assert "1 comment" not in html
    assert "/admin/comments/comment/?article=" not in html


def test_those_who_may_open_the_queue_follow_the_counts_to_it(editor, editor_client):
    editor.user_permissions.add(Permission.objects.get(codename="view_comment"))
    article = discussed_article()
    _, html = page_queries(editor_client, LIST)
    queue = f"/admin/comments/comment/?article={article.pk}"
    assert f'<a href="{queue}&amp;status=approved">5 comments</a>' in html
    assert f'<a href="{queue}">2 awaiting moderation</a>' in html
    response = editor_client.get(queue)
    assert response.status_code == 200
    assert "2 comments" in response.content.decode()


def test_the_counts_cost_the_same_however_many_articles_and_comments(
    editor_client,
):
    article = discussed_article()
    few, _ = page_queries(editor_client, LIST)
    for _ in range(30):
        CommentFactory.create_batch(3, article=ArticleFactory())
    CommentFactory.create_batch(40, article=article, status="pending")
    many, html = page_queries(editor_client, LIST)
    assert "42 awaiting moderation" in html
    assert many == few
