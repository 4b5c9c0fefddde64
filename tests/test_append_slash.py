"""APPEND_SLASH with the static pages' catch-all pattern (pages/middleware.py):
a slash is added only where something is, so an unknown address 404s at once."""

import pytest
from django.contrib.redirects.models import Redirect

from pages.models import Page
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_an_unknown_address_without_its_slash_is_not_found_at_once(client):
    for path in ("/wp-admin", "/nonexistent", "/about"):
        assert client.get(path).status_code == 404, path


def test_a_page_and_the_site_s_own_routes_get_their_slash(client):
    Page.objects.create(title="About", url="/about/", status="published")

    assert client.get("/about")["Location"] == "/about/"
    assert client.get("/search")["Location"] == "/search/"


def test_an_old_address_without_its_slash_is_one_redirect(client):
    article = ArticleFactory()
    Redirect.objects.create(
        site_id=1, old_path="/2023/11/14/old-slug/", new_path=article.get_absolute_url()
    )

    response = client.get("/2023/11/14/old-slug")

    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()
