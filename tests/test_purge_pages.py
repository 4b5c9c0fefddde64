"""`manage.py purge_pages`: the release step that empties the caches, here and in front."""

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from tests.factories import ArticleFactory
from thinktank.models import PurgedKey

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SECONDS = 600


def cached(url):
    Client().get(url)
    return Client().get(url)["X-Page-Cache"] == "hit"


def test_with_no_key_every_page_is_purged(capsys):
    one = ArticleFactory()
    assert cached(one.get_absolute_url()) and cached("/")

    call_command("purge_pages")

    assert Client().get(one.get_absolute_url())["X-Page-Cache"] == "miss"
    assert Client().get("/")["X-Page-Cache"] == "miss"
    assert "Purged site (no cache in front)." in capsys.readouterr().out


def test_keys_purge_only_the_pages_that_show_them():
    one = ArticleFactory(tags=["ports"])
    ArticleFactory.create_batch(7, tags=["forestry"])  # the latest stories
    other = ArticleFactory(tags=["farming"])  # shows neither `one` nor its tag
    assert cached(one.get_absolute_url()) and cached(other.get_absolute_url())

    call_command("purge_pages", f"article-{one.pk}")

    assert Client().get(one.get_absolute_url())["X-Page-Cache"] == "miss"
    assert Client().get(other.get_absolute_url())["X-Page-Cache"] == "hit"


def test_a_mistyped_key_purges_nothing_and_says_why():
    before = list(PurgedKey.objects.values_list("name", "generation"))
    with pytest.raises(CommandError, match=r"Not a key: 'Article 12'"):
        call_command("purge_pages", "lists", "Article 12")
    assert list(PurgedKey.objects.values_list("name", "generation")) == before


def test_a_cache_in_front_out_of_reach_fails_the_command_after_the_origin_is_purged(
    settings,
):
    settings.SHARED_CACHE_BACKENDS = [
        {
            "BACKEND": "thinktank.purge.VarnishBackend",
            "OPTIONS": {"urls": ["http://127.0.0.1:1"], "timeout": 0.5},
        }
    ]
    article = ArticleFactory()
    assert cached(article.get_absolute_url())

    with pytest.raises(CommandError, match="could not be reached.*will try again"):
        call_command("purge_pages")

    assert Client().get(article.get_absolute_url())["X-Page-Cache"] == "miss"
