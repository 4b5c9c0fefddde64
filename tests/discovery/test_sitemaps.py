"""Sitemaps and robots.txt, parsed as a crawler would and checked against the
published set: drafts and future articles are never listed."""

from datetime import timedelta
from xml.etree import ElementTree

import pytest
import time_machine
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from articles.metadata import modified_at
from articles.sitemaps import ArticleSitemap
from pages.models import Page
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CategoryFactory,
    EditionFactory,
)

from .conftest import SITE_URL

pytestmark = pytest.mark.django_db

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def xml(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/xml"
    return ElementTree.fromstring(response.content)


def entries(client, url):
    """{location: lastmod} of a sitemap or a sitemap index."""
    root = xml(client, url)
    return {
        node.findtext("sm:loc", namespaces=NS): node.findtext(
            "sm:lastmod", namespaces=NS
        )
        for node in root
    }


def changed(article):
    return modified_at(article)


def sitemap_urls(client, section):
    return set(entries(client, f"/sitemap-{section}.xml"))


@pytest.fixture
def archive():
    economy = CategoryFactory(name="Economy", slug="economy")
    trade = CategoryFactory(name="Trade", slug="trade", parent=economy)
    CategoryFactory(name="Empty", slug="empty")
    ann = AuthorFactory(slug="ann")
    ghost = AuthorFactory(slug="ghost")  # writes only drafts
    return {
        "published": ArticleFactory(
            slug="published", category=trade, authors=[ann], tags=["ports"]
        ),
        "older": ArticleFactory(
            slug="older",
            category=economy,
            authors=[ann],
            publish_at=timezone.now() - timedelta(days=5),
        ),
        "draft": ArticleFactory(
            slug="draft", draft=True, authors=[ghost], tags=["secret-plan"]
        ),
        "scheduled": ArticleFactory(
            slug="scheduled", scheduled=True, authors=[ghost], tags=["embargo"]
        ),
    }


def test_the_index_lists_every_sitemap_with_absolute_addresses(client, archive):
    EditionFactory()

    index = entries(client, "/sitemap.xml")

    # No static page yet: an empty sitemap is no sitemap, and is not listed.
    assert set(index) == {
        f"{SITE_URL}/sitemap-articles.xml",
        f"{SITE_URL}/sitemap-categories.xml",
        f"{SITE_URL}/sitemap-tags.xml",
        f"{SITE_URL}/sitemap-authors.xml",
        f"{SITE_URL}/sitemap-editions.xml",
        f"{SITE_URL}/sitemap-news.xml",
    }

    Page.objects.create(title="About", url="/about/", status="published")
    assert f"{SITE_URL}/sitemap-pages.xml" in entries(client, "/sitemap.xml")
    latest = max(changed(archive["published"]), changed(archive["older"]))
    assert parse_datetime(index[f"{SITE_URL}/sitemap-articles.xml"]) == latest


def test_the_article_sitemap_is_exactly_the_published_set(client, archive):
    listed = entries(client, "/sitemap-articles.xml")

    assert set(listed) == {
        f"{SITE_URL}/articles/published/",
        f"{SITE_URL}/articles/older/",
    }
    older = archive["older"]
    # Saved now, published five days ago, never marked as updated: it changed
    # for readers when it appeared.
    assert parse_datetime(listed[f"{SITE_URL}/articles/older/"]) == older.publish_at


def test_a_scheduled_article_is_listed_once_its_time_passes(client, archive):
    scheduled = archive["scheduled"]
    url = f"{SITE_URL}/articles/scheduled/"
    assert url not in sitemap_urls(client, "articles")

    later = scheduled.publish_at + timedelta(minutes=1)
    with time_machine.travel(later):
        listed = entries(client, "/sitemap-articles.xml")
        assert url in listed
        # It appeared after its last edit: its lastmod is when it went out.
        assert parse_datetime(listed[url]) == scheduled.publish_at
        assert f"{SITE_URL}/tag/embargo/" in sitemap_urls(client, "tags")
        assert url in entries(client, "/sitemap-news.xml")


def test_tags_and_authors_are_listed_only_with_published_articles(client, archive):
    assert sitemap_urls(client, "tags") == {f"{SITE_URL}/tag/ports/"}
    assert sitemap_urls(client, "authors") == {f"{SITE_URL}/authors/ann/"}


def test_every_category_is_listed_with_the_latest_change_in_its_branch(client, archive):
    listed = entries(client, "/sitemap-categories.xml")

    assert set(listed) == {
        f"{SITE_URL}/category/economy/",
        f"{SITE_URL}/category/economy/trade/",
        f"{SITE_URL}/category/empty/",
        f"{SITE_URL}/category/{archive['draft'].category.path}/",
        f"{SITE_URL}/category/{archive['scheduled'].category.path}/",
    }
    in_trade, in_economy = archive["published"], archive["older"]
    assert parse_datetime(listed[f"{SITE_URL}/category/economy/"]) == max(
        changed(in_trade), changed(in_economy)
    )
    assert parse_datetime(listed[f"{SITE_URL}/category/economy/trade/"]) == (
        changed(in_trade)
    )
    assert listed[f"{SITE_URL}/category/empty/"] is None


def test_big_archives_are_split_into_pages_listed_in_the_index(client, monkeypatch):
    monkeypatch.setattr(ArticleSitemap, "limit", 2)
    for n in range(5):
        ArticleFactory(slug=f"story-{n}")

    index = entries(client, "/sitemap.xml")
    pages = [url for url in index if "sitemap-articles" in url]
    assert pages == [
        f"{SITE_URL}/sitemap-articles.xml",
        f"{SITE_URL}/sitemap-articles.xml?p=2",
        f"{SITE_URL}/sitemap-articles.xml?p=3",
    ]
    listed = set()
    for page in (1, 2, 3):
        listed |= set(entries(client, f"/sitemap-articles.xml?p={page}"))
    assert listed == {f"{SITE_URL}/articles/story-{n}/" for n in range(5)}
    assert client.get("/sitemap-articles.xml?p=4").status_code == 404


def test_the_news_sitemap_lists_the_last_48_hours(client):
    now = timezone.now()
    fresh = ArticleFactory(
        slug="fresh", title="Ports & canals", publish_at=now - timedelta(hours=47)
    )
    ArticleFactory(slug="stale", publish_at=now - timedelta(hours=49))
    ArticleFactory(slug="draft", draft=True)
    ArticleFactory(slug="future", scheduled=True)

    root = xml(client, "/sitemap-news.xml")

    (url,) = root.findall("sm:url", NS)
    assert url.findtext("sm:loc", namespaces=NS) == f"{SITE_URL}/articles/fresh/"
    news = url.find("news:news", NS)
    assert news.findtext("news:publication/news:name", namespaces=NS) == (
        "The Think Tank Journal"
    )
    assert news.findtext("news:publication/news:language", namespaces=NS) == "en"
    assert news.findtext("news:title", namespaces=NS) == "Ports & canals"
    assert (
        parse_datetime(news.findtext("news:publication_date", namespaces=NS))
        == fresh.publish_at
    )


def test_robots_txt_names_the_sitemaps_and_keeps_crawlers_out_of_admin_and_search(
    client,
):
    response = client.get("/robots.txt")

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Disallow: /search/" in lines
    assert f"Sitemap: {SITE_URL}/sitemap.xml" in lines
    assert f"Sitemap: {SITE_URL}/sitemap-news.xml" in lines


def test_sitemap_cost_does_not_grow_with_the_archive(
    client, django_assert_max_num_queries
):
    authors = AuthorFactory.create_batch(4)
    categories = [CategoryFactory() for _ in range(4)]
    for n in range(30):
        ArticleFactory(
            category=categories[n % 4], authors=authors[: 1 + n % 4], tags=[f"t{n}"]
        )
    xml(client, "/sitemap-news.xml")  # fills site-wide caches
    # Django's sitemap view reads the current Site (contrib.sites) once per process.
    xml(client, "/sitemap-pages.xml")
    # per sitemap: its latest change and its page count (for the categories:
    # the changes per category, then the categories; for static pages too)
    # (editions: 2 more)
    with django_assert_max_num_queries(12, info="sitemap index"):
        xml(client, "/sitemap.xml")
    budgets = {
        "articles": 2,
        "categories": 2,
        "tags": 2,
        "authors": 2,
        "pages": 2,
        "editions": 2,
    }
    for section, budget in budgets.items():
        # the page count, then the page
        with django_assert_max_num_queries(budget, info=section):
            xml(client, f"/sitemap-{section}.xml")
    with django_assert_max_num_queries(1, info="news"):
        xml(client, "/sitemap-news.xml")
