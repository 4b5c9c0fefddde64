"""What a shared link, a search engine and a crawler read in each page's head:
title, description, canonical address, OpenGraph and Twitter tags, JSON-LD."""

import json

import extruct
import lxml.html
import pytest
from django.templatetags.static import static
from django.utils import timezone

from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory

from .conftest import SITE_URL

pytestmark = pytest.mark.django_db


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def json_ld(page, kind):
    """The JSON-LD items of `kind` in `page`, as extruct reads them."""
    items = extruct.extract(page, base_url=SITE_URL, syntaxes=["json-ld"])["json-ld"]
    return [item for item in items if item.get("@type") == kind]


def head(page):
    """{name or property: [content, ...]} of the page's <meta> tags, plus the
    canonical link and the title."""
    tree = lxml.html.fromstring(page)
    tags = {}
    for meta in tree.xpath("//head/meta"):
        key = meta.get("property") or meta.get("name")
        if key:
            tags.setdefault(key, []).append(meta.get("content"))
    tags["canonical"] = tree.xpath("//head/link[@rel='canonical']/@href")
    tags["title"] = [tree.findtext(".//title")]
    return tags


def iso(moment):
    return timezone.localtime(moment).isoformat(timespec="seconds")


@pytest.fixture
def story():
    economy = CategoryFactory(
        name="Economy", slug="economy", description="Growth, jobs and prices."
    )
    trade = CategoryFactory(
        name="Trade", slug="trade", parent=economy, description="Goods and rules."
    )
    return ArticleFactory(
        title="Ports, tolls & the canal",
        slug="ports",
        standfirst="Why a canal toll changes trade routes.",
        category=trade,
        authors=[
            AuthorFactory(name="Ann Writer", slug="ann", x_handle="annwrites"),
            AuthorFactory(name="Bo Second", slug="bo"),
        ],
        tags=["shipping", "canals"],
        with_hero=True,
    )


def test_an_article_page_describes_itself_as_a_news_article(client, story):
    page = get(client, "/articles/ports/")

    (article,) = json_ld(page, "NewsArticle")
    url = f"{SITE_URL}/articles/ports/"
    assert article["@context"] == "https://schema.org"
    assert article["headline"] == "Ports, tolls & the canal"
    assert article["description"] == "Why a canal toll changes trade routes."
    assert article["url"] == url
    assert article["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert article["image"] == {
        "@type": "ImageObject",
        "url": SITE_URL + story.hero_image.url,
        "width": 160,
        "height": 90,
        "caption": "The caption",
        "creditText": "Photo: Desk",
    }
    assert article["datePublished"] == iso(story.publish_at)
    assert article["dateModified"] == iso(story.publish_at)  # never marked updated
    assert article["author"] == [
        {
            "@type": "Person",
            "name": "Ann Writer",
            "url": f"{SITE_URL}/authors/ann/",
            "jobTitle": "Senior Fellow",
            "sameAs": ["https://x.com/annwrites"],
        },
        {
            "@type": "Person",
            "name": "Bo Second",
            "url": f"{SITE_URL}/authors/bo/",
            "jobTitle": "Senior Fellow",
            "sameAs": [f"https://x.com/{story.authors.get(slug='bo').x_handle}"],
        },
    ]
    assert article["publisher"] == {
        "@type": "Organization",
        "name": "The Think Tank Journal",
        "url": f"{SITE_URL}/",
        "logo": {"@type": "ImageObject", "url": SITE_URL + static("img/logo.svg")},
    }
    assert article["articleSection"] == "Trade"
    assert sorted(article["keywords"]) == ["canals", "shipping"]


def test_breadcrumb_list_matches_the_visible_breadcrumbs(client, story):
    for url in ("/articles/ports/", "/category/economy/trade/"):
        page = get(client, url)
        (crumbs,) = json_ld(page, "BreadcrumbList")
        visible = [
            text.strip()
            for text in lxml.html.fromstring(page).xpath(
                "//nav[@class='breadcrumbs']//li//text()"
            )
            if text.strip()
        ]
        assert [item["name"] for item in crumbs["itemListElement"]] == visible
        assert visible == ["Home", "Economy", "Trade"]
        assert crumbs["itemListElement"] == [
            {
                "@type": "ListItem",
                "position": 1,
                "name": "Home",
                "item": f"{SITE_URL}/",
            },
            {
                "@type": "ListItem",
                "position": 2,
                "name": "Economy",
                "item": f"{SITE_URL}/category/economy/",
            },
            {
                "@type": "ListItem",
                "position": 3,
                "name": "Trade",
                "item": f"{SITE_URL}/category/economy/trade/",
            },
        ]


def test_an_author_page_describes_a_person(client):
    AuthorFactory(
        name="Ann Writer",
        slug="ann",
        role="Senior Fellow, Trade",
        x_handle="annwrites",
        website="https://ann.example/",
    )

    (person,) = json_ld(get(client, "/authors/ann/"), "Person")

    assert person == {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": "Ann Writer",
        "url": f"{SITE_URL}/authors/ann/",
        "jobTitle": "Senior Fellow, Trade",
        "sameAs": ["https://x.com/annwrites", "https://ann.example/"],
        "worksFor": {
            "@type": "Organization",
            "name": "The Think Tank Journal",
            "url": f"{SITE_URL}/",
        },
    }


def test_the_home_page_describes_the_website_and_its_search(client):
    ArticleFactory(title="Canal tolls")

    (site,) = json_ld(get(client, "/"), "WebSite")

    assert site["name"] == "The Think Tank Journal"
    assert site["url"] == f"{SITE_URL}/"
    action = site["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["query-input"] == "required name=search_term_string"
    template = action["target"]["urlTemplate"]
    assert template == f"{SITE_URL}/search/?q={{search_term_string}}"
    search = template.replace("{search_term_string}", "canal").removeprefix(SITE_URL)
    assert "Canal tolls" in get(client, search)


def test_json_ld_cannot_close_its_script_element(client):
    ArticleFactory(
        slug="tricky", title="</script><script>alert(1)</script> & <!-- more"
    )

    page = get(client, "/articles/tricky/")

    assert "</script><script>alert(1)" not in page
    (script,) = [
        s
        for s in lxml.html.fromstring(page).xpath(
            "//script[@type='application/ld+json']/text()"
        )
        if "NewsArticle" in s
    ]
    assert json.loads(script)["headline"] == (
        "</script><script>alert(1)</script> & <!-- more"
    )


def test_an_article_page_makes_a_share_card(client, story):
    tags = head(get(client, "/articles/ports/"))

    url = f"{SITE_URL}/articles/ports/"
    image = SITE_URL + story.hero_image.url
    assert tags["canonical"] == [url]
    assert tags["og:url"] == [url]
    assert tags["og:type"] == ["article"]
    assert tags["og:title"] == ["Ports, tolls & the canal"]
    assert tags["og:description"] == ["Why a canal toll changes trade routes."]
    assert tags["og:site_name"] == ["The Think Tank Journal"]
    assert tags["og:image"] == [image]
    assert tags["og:image:width"] == ["160"]
    assert tags["og:image:height"] == ["90"]
    assert tags["og:image:alt"] == ["A chart"]
    assert tags["article:published_time"] == [iso(story.publish_at)]
    assert tags["article:modified_time"] == [iso(story.publish_at)]
    assert tags["article:section"] == ["Trade"]
    assert sorted(tags["article:tag"]) == ["canals", "shipping"]
    assert tags["article:author"] == [
        f"{SITE_URL}/authors/ann/",
        f"{SITE_URL}/authors/bo/",
    ]
    assert tags["twitter:card"] == ["summary_large_image"]
    assert tags["twitter:image"] == [image]
    assert tags["twitter:image:alt"] == ["A chart"]
    assert tags["twitter:creator"] == ["@annwrites"]


def test_seo_fields_win_over_headline_and_standfirst(client):
    ArticleFactory(
        slug="seo",
        title="A long headline",
        seo_title="Short title",
        seo_description="What searchers see.",
    )

    tags = head(get(client, "/articles/seo/"))

    assert tags["title"] == ["Short title | The Think Tank Journal"]
    assert tags["description"] == ["What searchers see."]
    assert tags["og:title"] == ["Short title"]
    assert tags["og:description"] == ["What searchers see."]


def test_every_page_has_an_absolute_canonical_and_share_tags(client, story):
    ArticleFactory.create_batch(13, category=story.category, tags=["shipping"])
    year = timezone.localtime(story.publish_at).strftime("%Y")
    month = timezone.localtime(story.publish_at).strftime("%Y/%m")
    urls = {
        "/": "/",
        "/articles/ports/": "/articles/ports/",
        "/category/economy/": "/category/economy/",
        "/category/economy/?page=2": "/category/economy/?page=2",
        "/tag/shipping/": "/tag/shipping/",
        "/authors/ann/": "/authors/ann/",
        "/search/?q=ports": "/search/?q=ports",
        f"/{year}/": f"/{year}/",
        f"/{month}/?page=2": f"/{month}/?page=2",
    }
    for url, canonical in urls.items():
        tags = head(get(client, url))
        assert tags["canonical"] == [SITE_URL + canonical], url
        assert tags["og:url"] == [SITE_URL + canonical], url
        for key in ("og:title", "og:description", "og:type", "twitter:card"):
            assert tags[key] and tags[key][0], (url, key)
        for key in ("og:image", "twitter:image"):
            assert all(v.startswith(SITE_URL) for v in tags.get(key, [])), url


def test_every_page_has_its_own_title_and_description(client, story):
    ArticleFactory.create_batch(13, category=story.category, tags=["shipping"])
    year = timezone.localtime(story.publish_at).strftime("%Y")
    urls = [
        "/",
        "/articles/ports/",
        "/category/economy/",
        "/category/economy/?page=2",
        "/category/economy/trade/",
        "/tag/shipping/",
        "/tag/shipping/?page=2",
        "/authors/ann/",
        "/authors/bo/",
        "/search/?q=ports",
        f"/{year}/",
        f"/{year}/?page=2",
    ]
    heads = [head(get(client, url)) for url in urls]
    titles = [h["title"][0] for h in heads]
    descriptions = [h["description"][0] for h in heads]
    assert len(set(titles)) == len(urls), titles
    assert len(set(descriptions)) == len(urls), descriptions
    assert all(d.strip() for d in descriptions)


def test_a_square_portrait_is_shared_as_a_small_card(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.conftest import image_bytes

    author = AuthorFactory(name="Ann Writer", slug="ann")
    author.photo = SimpleUploadedFile("ann.jpg", image_bytes(size=(480, 480)))
    author.save()

    tags = head(get(client, "/authors/ann/"))

    assert tags["og:image:width"] == ["480"]
    # A wide card would crop the face to a strip.
    assert tags["twitter:card"] == ["summary"]
