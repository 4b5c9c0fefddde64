"""After a merge or a new slug, a tag's old page and feeds send readers to it."""

import pytest
from taggit.models import Tag

from articles.models import TagAlias
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


def test_an_editor_gives_a_tag_a_new_slug_and_its_old_address_leads_there(
    editor_client, client
):
    ArticleFactory(tags=["harbours"])
    tag = Tag.objects.get(name="harbours")
    response = editor_client.post(
        f"/admin/taggit/tag/{tag.pk}/change/", {"name": "harbors", "slug": "harbors"}
    )
    assert response.status_code == 302
    assert client.get("/tag/harbours/")["Location"] == "/tag/harbors/"
    assert client.get("/tag/harbours/feed/")["Location"] == "/tag/harbors/feed/"
    # renaming it back gives the tag its first address again
    editor_client.post(
        f"/admin/taggit/tag/{tag.pk}/change/", {"name": "harbours", "slug": "harbours"}
    )
    assert client.get("/tag/harbours/").status_code == 200
    assert client.get("/tag/harbors/")["Location"] == "/tag/harbours/"


def test_an_old_tag_address_never_leads_to_a_tag_only_drafts_use(client):
    ArticleFactory(draft=True, tags=["acme-beta-merger"])
    tag = Tag.objects.get(name="acme-beta-merger")
    TagAlias.objects.create(slug="acme-talks", tag=tag)
    # The redirect would name the unannounced tag: not found, as the tag itself.
    for url in ["/tag/acme-talks/", "/tag/acme-talks/feed/"]:
        assert client.get(url).status_code == 404, url
    ArticleFactory(tags=["acme-beta-merger"])  # published: both lead there now
    assert client.get("/tag/acme-talks/")["Location"] == "/tag/acme-beta-merger/"
