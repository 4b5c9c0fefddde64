"""Links (thinktank/links.py): remembered URL reversing still gives every
request the links it would get from reverse(), and the one rule for an
address readers are sent to."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import get_script_prefix, reverse, set_script_prefix, set_urlconf

from tests.factories import ArticleFactory, CommentFactory
from thinktank.links import cached_reverse, validate_link

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


@pytest.mark.parametrize(
    "link",
    ["/", "/category/economy/", "/search/?q=ports%20reform", "/caf\u00e9/",
     "https://example.org/a?b=c", "http://example.org"],
)  # fmt: skip
def test_a_path_on_this_site_or_an_http_address_is_a_link(link):
    validate_link(link)


@pytest.mark.parametrize(
    "link, code",
    [
        # Chromium reads these as //evil.example/: another host
        ("/\\evil.example/", "link_path"),
        ("/\tevil.example/", "link_path"),
        ("/\t/evil.example/", "link_path"),
        ("/\n/evil.example/", "link_path"),
        ("//evil.example/", "link_path"),
        ("/a page/", "link_path"),
        ("javascript:alert(1)", "link_address"),
        ("data:text/html,<script>alert(1)</script>", "link_address"),
        ("ftp://example.org/", "link_address"),
        ("about-us/", "link_address"),
    ],
)
def test_an_address_leading_elsewhere_or_nowhere_is_refused(link, code):
    with pytest.raises(ValidationError) as refused:
        validate_link(link)
    assert refused.value.code == code
