"""The article page lists its tags, read with the article, in the order an
editor added them."""

import re

import pytest

from articles.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def tag_links(html):
    return re.findall(r'<a href="/tag/([\w-]+)/">', html)


def test_the_page_lists_tags_in_the_order_they_were_added(client):
    article = ArticleFactory(tags=[])
    for name in ["zoning", "water", "budgets", "airports"]:
        article.tags.add(name)  # one at a time, as an editor adds them
    html = client.get(article.get_absolute_url()).content.decode()
    assert tag_links(html) == ["zoning", "water", "budgets", "airports"]
    # The same order when the tags are read on their own (feeds, JSON-LD).
    plain = Article.objects.get(pk=article.pk)
    assert [tag.slug for tag in plain.tag_list] == tag_links(html)


def test_an_article_without_tags_lists_none(client):
    article = ArticleFactory(tags=[])
    html = client.get(article.get_absolute_url()).content.decode()
    assert tag_links(html) == []
