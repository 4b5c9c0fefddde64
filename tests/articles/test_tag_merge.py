"""After a merge, a merged tag's page and feeds send readers to the tag it became."""

import pytest
from taggit.models import Tag

from articles.services import merge_tags
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def merge(names, into):
    merge_tags(tags=Tag.objects.filter(name__in=names), into=Tag.objects.get(name=into))


def test_a_merged_tags_page_and_feeds_lead_to_the_kept_tag(client):
    ArticleFactory(title="Harbour fees", tags=["harbours"])
    ArticleFactory(tags=["ports"])
    merge(["harbours", "ports"], into="ports")
    for old, new in [
        ("/tag/harbours/", "/tag/ports/"),
        ("/tag/harbours/feed/", "/tag/ports/feed/"),
        ("/tag/harbours/feed/atom/", "/tag/ports/feed/atom/"),
    ]:
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, new)
    assert "Harbour fees" in client.get("/tag/ports/").content.decode()
    assert client.get("/tag/no-such-tag/").status_code == 404


def test_merging_again_leads_old_addresses_straight_to_the_last_tag(client):
    ArticleFactory(tags=["harbours", "ports", "shipping"])
    merge(["harbours", "ports"], into="ports")
    merge(["ports", "shipping"], into="shipping")
    for old in ("/tag/harbours/", "/tag/ports/"):
        assert client.get(old)["Location"] == "/tag/shipping/"


def test_a_new_tag_takes_back_a_merged_tags_address(client):
    ArticleFactory(tags=["harbours", "ports"])
    merge(["harbours", "ports"], into="ports")
    ArticleFactory(title="Inland harbours", tags=["harbours"])
    response = client.get("/tag/harbours/")
    assert response.status_code == 200
    assert "Inland harbours" in response.content.decode()
    # its own missing pages stay missing rather than leading elsewhere
    assert client.get("/tag/harbours/?page=9").status_code == 404
