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


def section_blocks(html):
    """Each section block's heading and its story titles, in page order."""
    return {
        name: re.findall(r'class="card__title"><a [^>]*>([^<]+)</a>', block)
        for name, block in re.findall(
            r'<section class="section-block"[^>]*>.*?<h2[^>]*><a [^>]*>([^<]+)</a>'
            r"</h2>(.*?)</section>",
            html,
            re.S,
        )
    }


def test_each_section_shows_its_own_newest_stories_after_the_latest():
    economy, society = CategoryFactory(name="Economy"), CategoryFactory(name="Society")
    trade = CategoryFactory(name="Trade", parent=economy)
    now = timezone.now()
    ArticleFactory(title="The lead", featured=True, publish_at=now)
    for hour in range(1, 7):  # the six latest
        ArticleFactory(title=f"Latest {hour}", publish_at=now - timedelta(hours=hour))
    ArticleFactory(
        title="Tariff tables", category=trade, publish_at=now - timedelta(days=2)
    )
    ArticleFactory(
        title="Care homes", category=society, publish_at=now - timedelta(days=3)
    )

    blocks = section_blocks(Client().get("/").content.decode())

    assert blocks["Economy"] == ["Tariff tables"]
    assert blocks["Society"] == ["Care homes"]


def test_each_story_appears_once_in_the_editorial_blocks():
    sections = [CategoryFactory(name=f"Section {i}") for i in range(3)]
    now = timezone.now()
    for i in range(24):
        ArticleFactory(
            title=f"Story {i}",
            category=sections[i % 3],
            publish_at=now - timedelta(hours=i),
            featured=i == 5,
        )

    html = Client().get("/").content.decode()
    editorial = html[: html.index('class="home-more"')]
    titles = re.findall(r">(Story \d+)</a>", editorial)
    top = html[: html.index('class="home-rails"') if "home-rails" in html else None]

    assert len(titles) == len(set(titles)) == 1 + 6 + 3 * 4
    assert re.search(r'id="lead-title"[^>]*><a [^>]*>Story 5<', top)
    # A section block leads with one larger story and lists the rest beside it.
    assert html.count("card--feature") == 3
    assert "More in Section 0" in html


def test_a_section_with_one_story_left_gets_no_empty_slots():
    lonely = CategoryFactory(name="Lonely")
    ArticleFactory(title="The lead", featured=True)
    for hour in range(1, 7):
        ArticleFactory(publish_at=timezone.now() - timedelta(hours=hour))
    ArticleFactory(
        title="Alone", category=lonely, publish_at=timezone.now() - timedelta(days=1)
    )

    html = Client().get("/").content.decode()
    block = html[html.index('id="section-' + lonely.slug) :]
    block = block[: block.index("</section>")]

    assert "Alone" in block
    assert "section-block__grid" not in block  # one story: one full-width row


def test_older_stories_page_on_from_the_front_page():
    now = timezone.now()
    for i in range(30):
        ArticleFactory(title=f"Story {i:02}", publish_at=now - timedelta(hours=i))
    client = Client()

    home = client.get("/")
    assert 'href="/stories/?page=2"' in home.content.decode()
    redirected = client.get("/?page=2")
    assert redirected.status_code == 301  # as every other page-number redirect
    assert redirected["Location"] == "/stories/?page=2"
    # In one hop, written as the stories' own links write it.
    assert client.get("/?page=02")["Location"] == "/stories/?page=2"
    assert client.get("/?page=1")["Location"] == "/stories/"
    page_two = client.get("/stories/?page=2").content.decode()  # 12 a page
    assert "Story 12" in page_two and "Story 23" in page_two
    assert "Story 11" not in page_two and "Story 24" not in page_two
