"""Remembered URL reversing (thinktank/links.py) still gives every request
the links it would get from reverse()."""

import pytest
from django.urls import get_script_prefix, reverse, set_script_prefix, set_urlconf

from tests.factories import ArticleFactory, CommentFactory
from thinktank.links import cached_reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def restore_prefix():
    prefix = get_script_prefix()
    yield
    set_script_prefix(prefix)


def test_remembered_links_match_reverse():
    article = ArticleFactory()
    comment = CommentFactory(article=article)
    assert article.get_absolute_url() == reverse(
        "articles:detail", kwargs={"slug": article.slug}
    )
    assert article.category.get_absolute_url() == reverse(
        "articles:category", kwargs={"path": article.category.path}
    )
    assert cached_reverse("comments:reply", comment.pk) == reverse(
        "comments:reply", args=[comment.pk]
    )


def test_links_follow_a_changed_script_prefix(client, restore_prefix):
    """The same page served under /journal/ (a second deployment behind a
    proxy) and at the root each get their own links, in either order."""
    article = ArticleFactory()
    link = f"/articles/{article.slug}/"
    set_script_prefix("/journal/")
    under_journal = client.get("/").content.decode()
    assert f'href="/journal{link}"' in under_journal
    assert f'href="{link}"' not in under_journal
    set_script_prefix("/")
    at_root = client.get("/").content.decode()
    assert f'href="{link}"' in at_root
    assert "/journal/" not in at_root


def test_a_request_urlconf_gets_its_own_links():
    article = ArticleFactory()
    assert article.get_absolute_url() == f"/articles/{article.slug}/"
    set_urlconf("tests.alt_urls")
    try:
        assert article.get_absolute_url() == f"/edition/articles/{article.slug}/"
    finally:
        set_urlconf(None)
    assert article.get_absolute_url() == f"/articles/{article.slug}/"
