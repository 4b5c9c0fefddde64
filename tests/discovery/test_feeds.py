"""RSS 2.0 and Atom feeds, read back with feedparser as a feed reader would."""

import calendar
import html
from datetime import timedelta
from xml.etree import ElementTree

import feedparser
import pytest
import time_machine
from django.utils import timezone

from articles.feeds import FEED_LENGTH
from articles.models import Correction
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory

from .conftest import SITE_URL

pytestmark = pytest.mark.django_db


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


def timestamp(moment):
    return calendar.timegm(moment.utctimetuple())


def timegm_of(parsed):
    """Seconds since the epoch of a date feedparser read (a UTC struct_time)."""
    return calendar.timegm(parsed)


@pytest.fixture
def story():
    section = CategoryFactory(name="Economy", slug="economy")
    trade = CategoryFactory(name="Trade & Tariffs", slug="trade", parent=section)
    authors = [
        AuthorFactory(name="Ann Writer", slug="ann"),
        AuthorFactory(name="Bo Second", slug="bo"),
    ]
    return ArticleFactory(
        title="Ports, tolls & the <new> canal",
        slug="ports-tolls",
        standfirst="Why a canal toll changes trade routes.",
        category=trade,
        authors=authors,
        tags=["shipping", "canals"],
        with_hero=True,
        publish_at=timezone.now() - timedelta(hours=3),
    )


def test_the_rss_feed_describes_each_article_field_by_field(client, story):
    response, feed = read(client, "/feed/")

    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    assert feed.feed.title == "The Think Tank Journal"
    assert feed.feed.link == f"{SITE_URL}/"
    (entry,) = feed.entries
    assert html.unescape(entry.title) == story.title
    assert entry.link == f"{SITE_URL}/articles/ports-tolls/"
    assert entry.id == entry.link
    assert entry.summary == story.standfirst
    assert entry.author == "Ann Writer and Bo Second"
    assert sorted(t.term for t in entry.tags) == [
        "Trade & Tariffs",
        "canals",
        "shipping",
    ]
    assert timegm_of(entry.published_parsed) == timestamp(story.publish_at)
    (enclosure,) = entry.enclosures
    assert enclosure.href == SITE_URL + story.hero_image.url
    assert enclosure.type == "image/jpeg"
    assert int(enclosure.length) == story.hero_image.size > 0


def test_the_atom_feed_describes_each_article_field_by_field(client, story):
    response, feed = read(client, "/feed/atom/")

    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.version == "atom10"
    assert feed.feed.subtitle == "Independent analysis of policy and world affairs"
    (entry,) = feed.entries
    assert entry.title == story.title
    assert entry.title_detail.type == "text/plain"
    assert entry.link == f"{SITE_URL}/articles/ports-tolls/"
    assert entry.summary == story.standfirst
    assert entry.author_detail.name == "Ann Writer and Bo Second"
    assert entry.author_detail.href == f"{SITE_URL}/authors/ann/"
    assert sorted(t.term for t in entry.tags) == [
        "Trade & Tariffs",
        "canals",
        "shipping",
    ]
    assert timegm_of(entry.published_parsed) == timestamp(story.publish_at)
    assert timegm_of(entry.updated_parsed) == timestamp(
        story.publish_at
    )  # never marked updated
    enclosure = next(link for link in entry.links if link.rel == "enclosure")
    assert enclosure.href == SITE_URL + story.hero_image.url
    assert enclosure.type == "image/jpeg"


def test_an_article_without_a_hero_has_no_enclosure(client):
    ArticleFactory()
    _, feed = read(client, "/feed/")
    assert feed.entries[0].enclosures == []


def test_feeds_list_the_newest_published_articles_only(client):
    now = timezone.now()
    for n in range(FEED_LENGTH + 2):
        ArticleFactory(title=f"Story {n}", publish_at=now - timedelta(hours=n + 1))
    ArticleFactory(title="A draft", draft=True)
    scheduled = ArticleFactory(title="Scheduled story", scheduled=True)

    _, feed = read(client, "/feed/")
    assert [e.title for e in feed.entries] == [f"Story {n}" for n in range(20)]

    with time_machine.travel(scheduled.publish_at + timedelta(minutes=1)):
        _, feed = read(client, "/feed/atom/")
    assert feed.entries[0].title == "Scheduled story"
    assert "A draft" not in [e.title for e in feed.entries]


def test_a_category_feed_includes_its_sub_categories(client):
    economy = CategoryFactory(name="Economy", slug="economy")
    trade = CategoryFactory(name="Trade", slug="trade", parent=economy)
    ArticleFactory(title="In the section", category=economy)
    ArticleFactory(title="In the sub-category", category=trade)
    ArticleFactory(title="Elsewhere")

    for url in ("/category/economy/feed/", "/category/economy/feed/atom/"):
        _, feed = read(client, url)
        assert sorted(e.title for e in feed.entries) == [
            "In the section",
            "In the sub-category",
        ]
        assert feed.feed.title == "Economy | The Think Tank Journal"
        assert feed.feed.link == f"{SITE_URL}/category/economy/"

    _, feed = read(client, "/category/economy/trade/feed/")
    assert [e.title for e in feed.entries] == ["In the sub-category"]


def test_tag_and_author_feeds_list_only_their_articles(client):
    author = AuthorFactory(name="Ann Writer", slug="ann")
    ArticleFactory(title="Tagged", tags=["canals"])
    ArticleFactory(title="By Ann", authors=[author])
    ArticleFactory(title="By Ann, unpublished", authors=[author], draft=True)

    for url in ("/tag/canals/feed/", "/tag/canals/feed/atom/"):
        _, feed = read(client, url)
        assert [e.title for e in feed.entries] == ["Tagged"]
        assert feed.feed.link == f"{SITE_URL}/tag/canals/"
    for url in ("/authors/ann/feed/", "/authors/ann/feed/atom/"):
        _, feed = read(client, url)
        assert [e.title for e in feed.entries] == ["By Ann"]
        assert feed.feed.title == "Articles by Ann Writer | The Think Tank Journal"


@pytest.mark.parametrize(
    "url",
    ["/category/nowhere/feed/", "/tag/nothing/feed/atom/", "/authors/nobody/feed/"],
)
def test_feeds_of_unknown_things_answer_404(client, url):
    assert client.get(url).status_code == 404


def test_pages_announce_their_feeds(client, story):
    site_feeds = (
        f'<link rel="alternate" type="application/rss+xml" '
        f'title="The Think Tank Journal (RSS)" href="{SITE_URL}/feed/">',
        f'<link rel="alternate" type="application/atom+xml" '
        f'title="The Think Tank Journal (Atom)" href="{SITE_URL}/feed/atom/">',
    )
    own_feeds = {
        "/category/economy/trade/": "/category/economy/trade/feed/",
        "/tag/shipping/": "/tag/shipping/feed/",
        "/authors/ann/": "/authors/ann/feed/",
    }
    for url in ["/", story.get_absolute_url(), *own_feeds]:
        page = client.get(url).content.decode()
        for link in site_feeds:
            assert link in page, url
    for url, feed_url in own_feeds.items():
        page = client.get(url).content.decode()
        assert f'href="{SITE_URL}{feed_url}"' in page, url
        assert f'href="{SITE_URL}{feed_url}atom/"' in page, url


def test_feed_cost_does_not_grow_with_items(client, django_assert_max_num_queries):
    economy = CategoryFactory(slug="economy")
    authors = AuthorFactory.create_batch(3)
    for n in range(25):
        ArticleFactory(category=economy, authors=authors, tags=[f"t{n}", "all"])
    read(client, "/category/economy/feed/")  # fills site-wide caches
    # the articles (with category), their bylines, their tags, their notes
    with django_assert_max_num_queries(4, info="site feed"):
        read(client, "/feed/")
    # ... and the category first
    with django_assert_max_num_queries(5, info="category feed"):
        read(client, "/category/economy/feed/atom/")
    with django_assert_max_num_queries(5, info="tag feed"):
        read(client, "/tag/all/feed/")


@pytest.mark.parametrize(
    ("url", "element"),
    [("/feed/", "channel/item/description"), ("/feed/atom/", "{*}entry/{*}summary")],
)
def test_plain_text_reaches_feed_readers_as_text_not_markup(client, url, element):
    # RSS descriptions and Atom's type="html" summaries are read as HTML: a
    # standfirst or note with markup in it was run by the reader as markup.
    article = ArticleFactory(standfirst="Tolls <img src=x onerror=alert(1)> & fees")
    Correction.objects.create(article=article, note="Not <b>40m</b>; 4m.")

    description = ElementTree.fromstring(client.get(url).content).find(element).text

    assert "<img" not in description and "<b>" not in description
    assert "Tolls &lt;img src=x onerror=alert(1)&gt; &amp; fees" in description
    assert "Not &lt;b&gt;40m&lt;/b&gt;; 4m." in description


def test_a_headline_pasted_from_word_does_not_break_feeds_or_the_news_sitemap(
    client,
):
    """Word's line break is a vertical tab, which XML cannot carry: it is left
    out, and the feed is served (it was a 500 for every reader)."""
    ArticleFactory(
        title="Ports\x0bunder strain", standfirst="Tolls\x0crise", tags=["Trade\x0b"]
    )

    for url in ("/feed/", "/feed/atom/"):
        _, feed = read(client, url)
        assert feed.entries[0].title == "Portsunder strain", url
    sitemap = client.get("/sitemap-news.xml")
    assert sitemap.status_code == 200
    ElementTree.fromstring(sitemap.content)  # well-formed
    assert b"<news:title>Portsunder strain</news:title>" in sitemap.content
