"""Every reader page: headings in order, compressed HTML, share links."""

import gzip
import re
from html.parser import HTMLParser

import pytest
from django.core.files.base import ContentFile
from django.test import Client

from articles.models import PromoSlot
from tests.conftest import image_bytes
from tests.factories import ArticleFactory, CategoryFactory, EditionFactory

pytestmark = pytest.mark.django_db


class Headings(HTMLParser):
    """The heading levels of a page as a reader's browser builds it (a
    <template>'s content is not part of the page)."""

    def __init__(self):
        super().__init__()
        self.levels, self.in_template = [], 0

    def handle_starttag(self, tag, attrs):
        if tag == "template":
            self.in_template += 1
        elif not self.in_template and re.fullmatch(r"h[1-6]", tag):
            self.levels.append(int(tag[1]))

    def handle_endtag(self, tag):
        if tag == "template":
            self.in_template -= 1


def heading_levels(html):
    parser = Headings()
    parser.feed(html)
    return parser.levels


@pytest.fixture
def site():
    section = CategoryFactory(name="Economy")
    topic = CategoryFactory(name="Trade", parent=section)
    article = ArticleFactory(category=topic, tags=["tariffs"], featured=True)
    ArticleFactory.create_batch(9, category=topic, tags=["tariffs"])
    edition = EditionFactory()
    return {
        "home": "/",
        "article": article.get_absolute_url(),
        "section": section.get_absolute_url(),
        "sub-category": topic.get_absolute_url(),
        "tag": "/tag/tariffs/",
        "author": article.byline[0].get_absolute_url(),
        "search": "/search/?q=article",
        "stories": "/stories/",
        "editions": "/editions/",
        "edition": edition.get_absolute_url(),
    }


def test_headings_start_at_one_h1_and_never_skip_a_level(client, site):
    for name, url in site.items():
        levels = heading_levels(client.get(url).content.decode())
        assert levels[0] == 1 and levels.count(1) == 1, name
        jumps = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
        assert not jumps, f"{name}: heading levels {levels}"


def test_every_page_leads_to_the_stories_editions_and_feed(client, site):
    # The print editions, the archive of every story and the feed were
    # reached from no menu.
    for name, url in site.items():
        footer = client.get(url).content.decode().split('class="site-footer"')[1]
        for link in ('href="/stories/"', 'href="/editions/"', 'href="/feed/"'):
            assert link in footer, (name, link)


def test_html_is_compressed_for_clients_that_accept_gzip(site):
    for url in (site["home"], site["article"], site["section"]):
        response = Client().get(url, HTTP_ACCEPT_ENCODING="gzip, br")
        assert response["Content-Encoding"] == "gzip", url
        assert b"</html>" in gzip.decompress(response.content)
        assert "Accept-Encoding" in response["Vary"]
    plain = Client().get(site["home"])
    assert not plain.has_header("Content-Encoding")


def test_share_links_are_plain_links_with_no_third_party_script(client, site):
    html = client.get(site["article"]).content.decode()
    share = html[html.index('class="share"') :]
    share = share[: share.index("</section>")]
    for service in (
        "mailto:?subject=",
        "https://x.com/intent/post?url=http",
        "https://www.linkedin.com/sharing/share-offsite/?url=http",
        "https://www.facebook.com/sharer/sharer.php?u=http",
        "https://wa.me/?text=",
        "data-copy-link",
    ):
        assert service in share, service
    scripts = re.findall(r'<script[^>]*src="([^"]+)"', html)
    frames = re.findall(r"<iframe", html)
    assert all(src.startswith("/") for src in scripts) and not frames


class Landmarks(HTMLParser):
    """Navigation, search and complementary landmarks as (role, aria-label,
    aria-labelledby),
    and the text of each heading or label with an id, outside <template>."""

    def __init__(self):
        super().__init__()
        self.found, self.texts, self.open, self.in_template = [], {}, [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "template":
            self.in_template += 1
        if self.in_template:
            return
        role = "search" if attrs.get("role") == "search" else tag
        if role in ("nav", "search", "aside"):
            self.found.append(
                (role, attrs.get("aria-label"), attrs.get("aria-labelledby"))
            )
        if attrs.get("id") and tag in ("h1", "h2", "h3", "label"):
            self.open.append(attrs["id"])
            self.texts[attrs["id"]] = ""

    def handle_data(self, data):
        for id_ in self.open:
            self.texts[id_] += data

    def handle_endtag(self, tag):
        if tag == "template":
            self.in_template -= 1
        elif self.open and tag in ("h1", "h2", "h3", "label"):
            self.open.pop()


def landmark_names(html):
    parser = Landmarks()
    parser.feed(html)
    return [
        (role, label or parser.texts.get(labelledby or "", "").strip() or None)
        for role, label, labelledby in parser.found
    ]


def test_each_menu_search_box_and_promo_has_its_own_name(client, site):
    """A screen reader lists landmarks by role and name: two "Sections"
    menus, two unnamed search boxes or two "Advertisement"s cannot be told
    apart."""
    for position in PromoSlot.Position.values:
        promo = PromoSlot(name=position, position=position, alt="Forum", link="/")
        promo.image.save("promo.jpg", ContentFile(image_bytes()), save=False)
        promo.save()
    pages = {**site, "not found": "/no-such-page/", "search": "/search/"}
    for name, url in pages.items():
        landmarks = landmark_names(client.get(url).content.decode())
        assert len(set(landmarks)) == len(landmarks), (name, landmarks)
        assert all(label for _, label in landmarks), (name, landmarks)
