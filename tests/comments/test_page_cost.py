"""Comments never make a page's query count grow with their number."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from comments.models import Comment
from tests.comments.conftest import comment_data, post_url
from tests.factories import ArticleFactory, CategoryFactory, CommentFactory

pytestmark = pytest.mark.django_db


def threads(article, count):
    """`count` approved comments in threads three deep, plus hidden ones."""
    made = 0
    while made < count:
        top = CommentFactory(article=article)
        second = CommentFactory(article=article, parent=top)
        CommentFactory(article=article, parent=second)
        made += 3
    CommentFactory.create_batch(5, article=article, status=Comment.Status.PENDING)
    return made


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_hundreds_of_comments_cost_the_article_page_no_more_queries(
    client, django_assert_max_num_queries, settings
):
    settings.COMMENTS_PER_PAGE = 50
    few, many = ArticleFactory(), ArticleFactory()
    threads(few, 3)
    count = threads(many, 300)  # 100 conversations of three comments

    # Comments add one query to the article page's own budget: the approved
    # thread (see tests/articles/test_query_budgets.py for the rest).
    baseline = queries_for(client, few.get_absolute_url())
    with django_assert_max_num_queries(baseline, info="article with 300 comments"):
        response = client.get(many.get_absolute_url())
    with django_assert_max_num_queries(5, info="their second page"):
        later = client.get(f"/articles/{many.slug}/comments/?page=2")

    # The article renders its first 50 conversations; their second page the rest.
    assert f">{count} comments</h2>" in response.content.decode()
    assert response.content.decode().count('class="comment"') == 150
    assert later.content.decode().count('class="comment"') == 150


def test_a_writer_with_pending_comments_costs_two_queries_more_at_most(client):
    article = ArticleFactory()
    threads(article, 30)
    anonymous = queries_for(client, article.get_absolute_url())
    for n in range(5):
        client.post(post_url(article), comment_data(article, text=f"Mine {n}."))

    writer = queries_for(client, article.get_absolute_url())

    assert writer <= anonymous + 2  # the session, this reader's pending comments


def test_lists_of_articles_show_comment_counts_from_one_query(client):
    section = CategoryFactory()
    articles = ArticleFactory.create_batch(3, category=section)
    baseline = queries_for(client, section.get_absolute_url())
    for article in articles:
        threads(article, 9)
    CommentFactory(article=articles[0], status=Comment.Status.REMOVED)

    with_comments = queries_for(client, section.get_absolute_url())
    html = client.get(section.get_absolute_url()).content.decode()
    home = client.get("/").content.decode()

    assert with_comments == baseline
    assert html.count(">9 comments</a>") == 3
    assert ">9 comments</a>" in home
