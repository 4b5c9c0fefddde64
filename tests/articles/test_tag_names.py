"""Tags named in any script have pages; a tag name with no letter or digit,
which would have no address, is refused with a message."""

import importlib

import pytest
from django.apps import apps
from taggit.models import Tag

from tests.editors.forms import change_form, change_url
from tests.editors.test_bulk_actions import act
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_a_tag_in_another_script_has_its_page_and_feed(client):
    article = ArticleFactory(tags=["Ünïcode", "Москва"])
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'href="/tag/%C3%BCn%C3%AFcode/"' in html
    for tag in Tag.objects.all():
        for path in (f"/tag/{tag.slug}/", f"/tag/{tag.slug}/feed/"):
            response = client.get(path)
            assert response.status_code == 200, path
            assert article.title in response.content.decode()


@pytest.mark.parametrize("name", ["???", "🚀"])
def test_the_article_form_refuses_a_tag_without_letters(editor_client, name):
    article = ArticleFactory(tags=["Energy"])
    response = editor_client.post(
        change_url(article), change_form(article, tags=f"Energy, {name}")
    )
    assert response.status_code == 200
    assert f"The tag “{name}” has no letter or digit" in response.content.decode()
    assert list(article.tags.names()) == ["Energy"]
    assert not Tag.objects.filter(name=name).exists()


def test_the_bulk_action_refuses_a_tag_without_letters(editor_client):
    article = ArticleFactory(tags=[])
    response = act(editor_client, "add_tag", [article], post="yes", name="???")
    assert "The tag “???” has no letter or digit" in response.content.decode()
    assert not Tag.objects.exists()


def test_tags_made_before_without_an_address_are_given_one(client):
    article = ArticleFactory(tags=["Energy"])
    broken = Tag.objects.create(name="???", slug="")
    article.tags.add(broken)
    migration = importlib.import_module(
        "articles.migrations.0022_tag_slugs_with_letters"
    )
    migration.give_slugs(apps, None)
    broken.refresh_from_db()
    assert broken.slug == f"tag-{broken.pk}"
    assert Tag.objects.get(name="Energy").slug == "energy"
    assert client.get(article.get_absolute_url()).status_code == 200


def test_a_tag_page_names_the_tag_as_it_is_written(client):
    ArticleFactory(tags=["iPhone exports"])
    html = client.get("/tag/iphone-exports/").content.decode()
    assert "<h1>iPhone exports</h1>" in html  # not "IPhone exports"
