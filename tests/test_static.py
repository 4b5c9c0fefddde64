"""Static files and page weight: hashed, compressed, cached for good, and small."""

import re

import pytest
from django.conf import settings as project_settings
from django.core.management import call_command
from django.test import Client, override_settings

from articles.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

# As settings.py has them, before tests/conftest.py swaps in plain static storage.
RELEASE_STORAGES = project_settings.STORAGES
KB = 1024


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """The release's static files, collected as `make run` and deploys do."""
    root = tmp_path_factory.mktemp("staticfiles")
    with override_settings(STATIC_ROOT=root, STORAGES=RELEASE_STORAGES):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


@pytest.fixture
def release(settings, collected):
    settings.STATIC_ROOT = collected
    settings.STORAGES = RELEASE_STORAGES
    return Client()  # built after the settings: whitenoise reads STATIC_ROOT


@pytest.fixture
def longest_demo_article(release, demo):
    return max(Article.objects.published(), key=lambda article: len(article.body))


def assets(html):
    """The stylesheets and scripts a page loads, as (kind, url)."""
    found = [
        ("css", url)
        for url in re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    ]
    found += [("js", url) for url in re.findall(r'<script[^>]* src="([^"]+)"', html)]
    # The cookie banner's script imports the library's module when it is needed.
    found += [("js", url) for url in re.findall(r'data-module="([^"]+)"', html)]
    return found


def test_static_files_have_hashed_names_compressed_copies_and_immutable_caching(
    release,
):
    html = release.get(ArticleFactory().get_absolute_url()).content.decode()
    assert assets(html)

    for _, url in assets(html):
        assert re.search(r"\.[0-9a-f]{12}\.(css|js)$", url), url
        for encoding in ("br", "gzip"):
            response = release.get(url, HTTP_ACCEPT_ENCODING=encoding)
            assert response.status_code == 200, url
            assert response["Content-Encoding"] == encoding
            assert "immutable" in response["Cache-Control"]
            assert "max-age=315360000" in response["Cache-Control"]


def test_fonts_are_sent_as_stored_not_compressed_again(release):
    """A WOFF2 font is compressed already: gzipping it on every request costs
    the server and saves nothing, and drops its Content-Length."""
    html = release.get(ArticleFactory().get_absolute_url()).content.decode()
    fonts = re.findall(r'href="([^"]+\.woff2)"', html)
    assert fonts
    for url in fonts:
        response = release.get(url, HTTP_ACCEPT_ENCODING="gzip, br")
        assert response.status_code == 200, url
        assert "Content-Encoding" not in response, url
        assert int(response["Content-Length"]) > 0


def test_modules_the_scripts_import_have_hashed_names_too(collected):
    # consent.js and comments.js import ./csrf.js: left as written, every reader
    # fetched it under its plain name, cached for an hour only, and a cached
    # script of one release could run with the module of the next.
    imports = {
        script.name: re.findall(r'from "(\.[^"]+)"', script.read_text())
        for script in (collected / "js").glob("*.????????????.js")
    }

    assert any(imports.values()), "no script imports a module"
    for script, modules in imports.items():
        for module in modules:
            assert re.search(r"\.[0-9a-f]{12}\.js$", module), (script, module)


def test_the_longest_demo_article_keeps_within_its_weight_and_blocks_on_no_one(
    release, longest_demo_article
):
    html = release.get(longest_demo_article.get_absolute_url()).content.decode()
    sizes = {"css": 0, "js": 0}
    for kind, url in assets(html):
        sizes[kind] += len(b"".join(release.get(url).streaming_content))

    assert len(html.encode()) < 100 * KB
    assert 0 < sizes["css"] < 40 * KB
    assert 0 < sizes["js"] < 20 * KB
    for _, url in assets(html):
        assert url.startswith("/static/"), url
    for script in re.findall(r"<script[^>]* src=[^>]*>", html):
        assert re.search(r' (defer|async)\b| type="module"', script), script


def test_every_face_the_stylesheet_declares_is_preloaded(release):
    # With font-display: optional a face that is not there by first paint is not
    # used on that page at all: a first visit showed an article's italic
    # standfirst in a fallback face.
    html = release.get(ArticleFactory().get_absolute_url()).content.decode()
    stylesheet = next(url for kind, url in assets(html) if kind == "css")
    css = b"".join(release.get(stylesheet).streaming_content).decode()
    declared = set(re.findall(r'@font-face \{[^}]*url\("\.\./fonts/([^"]+)"', css))
    preloaded = re.findall(
        r'<link rel="preload" href="/static/fonts/([^"]+)" as="font"', html
    )

    assert declared, "no @font-face found in the stylesheet"
    assert set(preloaded) == declared


def test_the_site_s_icon_is_at_the_root_for_pages_and_readers_that_ask_there(
    release, admin_client
):
    """Feed readers, and browsers on a page that names no icon, ask for
    /favicon.ico: it answered 404 (and filled the log on every admin page)."""
    from io import BytesIO

    from PIL import Image

    response = release.get("/favicon.ico")
    assert response.status_code == 302
    assert "max-age=86400" in response["Cache-Control"]
    assert re.fullmatch(r"/static/img/favicon\.[0-9a-f]{12}\.ico", response["Location"])
    icon = Image.open(BytesIO(b"".join(release.get(response["Location"]))))
    assert icon.format == "ICO"
    assert {(16, 16), (32, 32)} <= icon.info["sizes"]

    page = release.get(ArticleFactory().get_absolute_url()).content.decode()
    desk = admin_client.get("/admin/").content.decode()
    for html in (page, desk):
        touch = re.search(r'<link rel="apple-touch-icon" href="([^"]+)">', html)
        assert touch and Image.open(BytesIO(b"".join(release.get(touch[1])))).size == (
            180,
            180,
        )
    assert 'rel="icon" href="/static/img/favicon' in desk
