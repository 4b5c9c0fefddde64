"""Print editions: archive, table of contents, the article's line, the sidebar
cover, sitemap, feed, and the PDF check."""

import io
import re
from datetime import datetime, time, timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from pypdf import PdfWriter

from editions.models import EditionArticle
from editions.validators import validate_pdf
from tests.factories import ArticleFactory, EditionFactory

pytestmark = pytest.mark.django_db


def pdf_bytes():
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def edition_with(*articles, **fields):
    edition = EditionFactory(**fields)
    for position, article in enumerate(articles):
        EditionArticle.objects.create(
            edition=edition, article=article, position=position
        )
    return edition


def test_the_archive_lists_editions_newest_first():
    edition_with(number=1, title="Autumn issue")
    edition_with(number=2, title="Winter issue")
    html = Client().get("/editions/").content.decode()
    assert html.index("Winter issue") < html.index("Autumn issue")
    assert 'href="/editions/12/2/"' in html


def test_the_edition_page_lists_its_published_articles_in_the_editors_order():
    first, second, third = (ArticleFactory(title=t) for t in ("Alpha", "Beta", "Gamma"))
    draft = ArticleFactory(title="Not yet", draft=True)
    edition = edition_with(third, first, draft, second)

    html = Client().get(edition.get_absolute_url()).content.decode()
    toc = html[html.index('class="toc"') :]

    assert re.findall(r'class="toc__title"><a [^>]*>([^<]+)<', toc) == [
        "Gamma",
        "Alpha",
        "Beta",
    ]
    assert "Not yet" not in html
    assert f"<h1>{edition.name} — Winter: Power and Restraint</h1>" in html


def test_an_article_in_an_edition_names_it_and_every_article_shows_the_latest_cover():
    printed, online_only = ArticleFactory(), ArticleFactory()
    edition = edition_with(printed, number=4)
    edition_with(number=3, date=edition.date.replace(year=edition.date.year - 1))

    printed_html = Client().get(printed.get_absolute_url()).content.decode()
    online_html = Client().get(online_only.get_absolute_url()).content.decode()

    line = re.search(r'<p class="article__edition">(.*?)</p>', printed_html, re.S)
    assert line and 'href="/editions/12/4/">Vol. 12, No. 4</a>' in line.group(1)
    assert 'class="article__edition"' not in online_html
    for html in (printed_html, online_html):
        cover = html[html.index('class="edition-cover"') :]
        assert 'href="/editions/12/4/"' in cover[:400]
        # The link's words name it; the cover beside them adds nothing.
        assert 'alt=""' in cover[:600]
        assert "The print edition: Vol. 12, No. 4 — " in cover[:900]


def test_editions_are_in_the_sitemap_and_have_a_feed():
    edition = edition_with(number=7)
    index = Client().get("/sitemap.xml").content.decode()
    assert "/sitemap-editions.xml" in index
    sitemap = Client().get("/sitemap-editions.xml").content.decode()
    assert edition.get_absolute_url() in sitemap
    feed = Client().get("/editions/feed/").content.decode()
    assert "<title>Vol. 12, No. 7 — Winter: Power and Restraint</title>" in feed
    # Its day, the same at every fetch: readers sort issues by it.
    day = edition.date.strftime("%d %b %Y")
    assert f"<pubDate>{edition.date:%a}, {day} 00:00:00 " in feed
    assert f"<lastBuildDate>{edition.date:%a}, {day} 00:00:00 " in feed


def test_the_archive_announces_its_feed_and_no_atom_feed_it_lacks(settings):
    settings.SITE_URL = "https://journal.example"
    edition_with(number=7)
    page = Client().get("/editions/").content.decode()

    feeds = re.findall(
        r'<link rel="alternate" type="([^"]+)"[^>]* href="([^"]+)"', page
    )

    assert ("application/rss+xml", "https://journal.example/editions/feed/") in feeds
    # the site's own Atom feed (base.html), and no second one leading nowhere
    assert [href for kind, href in feeds if kind == "application/atom+xml"] == [
        "https://journal.example/feed/atom/"
    ]


def test_an_edition_dated_ahead_stays_with_the_editors_until_its_day():
    printed, later = ArticleFactory(), ArticleFactory()
    current = edition_with(printed, number=3)
    coming = edition_with(
        later,
        number=4,
        title="Spring issue",
        date=timezone.localdate() + timedelta(1),
    )
    client = Client()

    assert client.get(coming.get_absolute_url()).status_code == 404
    for address in ("/editions/", "/editions/feed/", "/sitemap-editions.xml"):
        assert "Spring issue" not in client.get(address).content.decode(), address
    for article in (printed, later):
        html = client.get(article.get_absolute_url()).content.decode()
        assert 'href="/editions/12/4/"' not in html  # neither its line nor the cover
        assert 'href="/editions/12/3/"' in html  # the newest edition out
    noon = datetime.combine(coming.date, time(12), timezone.get_current_timezone())
    with time_machine.travel(noon):
        assert client.get(coming.get_absolute_url()).status_code == 200
        assert "Spring issue" in client.get("/editions/").content.decode()
    assert current.date <= timezone.localdate()


def test_a_real_pdf_is_accepted():
    validate_pdf(SimpleUploadedFile("issue.pdf", pdf_bytes()))


@pytest.mark.parametrize(
    "content",
    [b"<html>not a pdf</html>", b"%PDF-1.7\n garbage without a body", b""],
)
def test_a_file_that_is_not_a_pdf_is_refused(content):
    with pytest.raises(ValidationError) as refused:
        validate_pdf(SimpleUploadedFile("issue.pdf", content))
    assert refused.value.code == "pdf_invalid"


def test_a_pdf_over_the_limit_is_refused(settings):
    settings.EDITION_PDF_MAX_BYTES = 100
    with pytest.raises(ValidationError) as refused:
        validate_pdf(SimpleUploadedFile("issue.pdf", pdf_bytes()))
    assert refused.value.code == "pdf_too_large"


@pytest.mark.parametrize("name", ["issue.html", "issue.pdf.svg", "issue", "issue.htm"])
def test_a_real_pdf_not_named_pdf_is_refused(name):
    # A PDF may carry a page of HTML after its end; stored under its own name,
    # the web server would serve that as a page of the site.
    polyglot = pdf_bytes() + b"<script>alert(document.cookie)</script>"
    with pytest.raises(ValidationError) as refused:
        validate_pdf(SimpleUploadedFile(name, polyglot))
    assert refused.value.code == "invalid_extension"


def test_a_pdf_named_in_capitals_is_accepted():
    validate_pdf(SimpleUploadedFile("ISSUE.PDF", pdf_bytes()))


def test_editors_add_an_edition_in_the_admin_and_a_fake_pdf_is_refused(editor_client):
    from tests.conftest import image_bytes

    article = ArticleFactory()
    form = {
        "volume": 12,
        "number": 9,
        "date": "2026-11-30",
        "title": "",
        "cover_alt": "A cover",
        "entries-TOTAL_FORMS": 1,
        "entries-INITIAL_FORMS": 0,
        "entries-0-position": 1,
        "entries-0-article": article.pk,
    }

    def post(pdf):
        cover = SimpleUploadedFile("c.jpg", image_bytes(), content_type="image/jpeg")
        return editor_client.post(
            "/admin/editions/edition/add/", {**form, "cover": cover, "pdf": pdf}
        )

    refused = post(SimpleUploadedFile("issue.pdf", b"MZ fake", "application/pdf"))
    assert refused.status_code == 200
    assert "not a PDF that can be read" in refused.content.decode()

    html = SimpleUploadedFile("issue.html", pdf_bytes(), "application/pdf")
    refused = post(html)
    assert refused.status_code == 200
    assert "File extension “html” is not allowed" in refused.content.decode()

    accepted = post(SimpleUploadedFile("issue.pdf", pdf_bytes(), "application/pdf"))
    assert accepted.status_code == 302
    assert EditionArticle.objects.get().article == article


def test_an_article_printed_elsewhere_names_that_edition(editor_client):
    from tests.conftest import image_bytes

    article = ArticleFactory(title="Grain routes")
    edition_with(article, volume=12, number=4, title="Winter: Power and Restraint")
    cover = SimpleUploadedFile("c.jpg", image_bytes(), content_type="image/jpeg")
    response = editor_client.post(
        "/admin/editions/edition/add/",
        {
            "volume": 0,
            "number": 5,
            "date": "2026-11-30",
            "title": "",
            "cover": cover,
            "cover_alt": "A cover",
            "entries-TOTAL_FORMS": 1,
            "entries-INITIAL_FORMS": 0,
            "entries-0-position": 1,
            "entries-0-article": article.pk,
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        "“Grain routes” is already in Vol. 12, No. 4 — Winter: Power and Restraint"
        in html
    )
    assert "Ensure this value is greater than or equal to 1." in html  # volume 0
