"""The home page: the lead story, the latest, and each section's newest few."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from tests.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True  # the page and its story choice are cached


def lead_title():
    html = Client().get("/").content.decode()
    return re.search(r'id="lead-title"[^>]*><a [^>]*>([^<]+)</a>', html).group(1)


def test_the_newest_featured_story_leads_and_an_editors_change_shows_at_once():
    hours = [timezone.now() - timedelta(hours=h) for h in range(3)]
    ArticleFactory(title="Newest, not featured", publish_at=hours[0])
    featured = ArticleFactory(title="Featured", featured=True, publish_at=hours[1])
    older = ArticleFactory(title="Older story", publish_at=hours[2])
    assert lead_title() == "Featured"

    older.featured = True
    older.save()
    assert lead_title() == "Featured"  # the newer featured story still leads
    featured.status = "draft"
    featured.save()
    assert lead_title() == "Older story"


def test_each_section_shows_its_own_newest_stories():
    economy, society = CategoryFactory(name="Economy"), CategoryFactory(name="Society")
    trade = CategoryFactory(name="Trade", parent=economy)
    ArticleFactory(title="The lead", featured=True)
    ArticleFactory(title="Tariff tables", category=trade)
    ArticleFactory(title="Care homes", category=society)

    html = Client().get("/").content.decode()
    blocks = dict(
        re.findall(r'<section class="section-block"[^>]*>\s*<h2[^>]*><a [^>]*>'
                   r"([^<]+)</a></h2>(.*?)</section>", html, re.S)
    )  # fmt: skip

    assert "Tariff tables" in blocks["Economy"]
    assert "Care homes" not in blocks["Economy"]
    assert "Care homes" in blocks["Society"]
