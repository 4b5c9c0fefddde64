"""The banner, the analytics snippet and the Content-Security-Policy on reader pages."""

import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.urls import reverse

from tests.consent.conftest import ANALYTICS_URL, decide
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


class Scripts(HTMLParser):
    """Every <script> of a page: its attributes and its inline text."""

    def __init__(self, html):
        super().__init__()
        self.found, self._open = [], None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._open = {"attrs": dict(attrs), "text": ""}
            self.found.append(self._open)

    def handle_data(self, data):
        if self._open is not None:
            self._open["text"] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._open = None


def reader_pages():
    article = ArticleFactory()
    return [
        "/",
        article.get_absolute_url(),
        reverse("cookie_consent_cookie_group_list"),
    ]


def test_every_page_carries_the_banner_template_the_noscript_link_and_the_module(
    client,
):
    html = client.get("/").content.decode()

    assert '<template id="cookie-banner"' in html
    assert 'aria-labelledby="cookie-banner-title"' in html
    for label in ("Accept all", "Reject optional", "Settings"):
        assert label in html
    assert (
        "<noscript>" in html and 'href="/privacy/#choices">cookie settings</a>' in html
    )
    assert '<script type="module" src="/static/js/consent.js"></script>' in html
    assert 'data-status-url="/privacy/status/"' in html
    assert 'data-module="/static/cookie_consent/cookiebar.module.js"' in html


def test_the_footer_links_to_the_privacy_overview_and_the_cookie_settings(client):
    html = client.get("/").content.decode()

    assert '<a href="/privacy/">Privacy overview</a>' in html
    assert '<a href="/privacy/#choices">Cookie settings</a>' in html


def test_the_page_is_the_same_whatever_the_reader_decided(client, django_user_model):
    from django.test import Client

    article = ArticleFactory()
    undecided, accepted, declined = Client(), Client(), Client()
    decide(accepted, "accept", "functional")
    decide(declined, "decline", "functional")

    for url in ("/", article.get_absolute_url()):
        pages = [c.get(url) for c in (undecided, accepted, declined)]
        bodies = {_without_form_tokens(p.content.decode()) for p in pages}
        assert len(bodies) == 1, url
        for page in pages:
            assert "private" not in page.get("Cache-Control", "")
            assert not page.cookies.keys() - {"csrftoken"}


def _without_form_tokens(html):
    # Hidden form tokens (CSRF, the comment form's timer) change with every
    # render by design; the page cache deals with them. Nothing else may differ.
    return re.sub(r'(<input type="hidden"[^>]*value=")[^"]*"', r'\1"', html)


def test_the_banner_offers_analytics_only_when_a_script_is_configured(client, settings):
    settings.ANALYTICS_SCRIPT_URL = ""
    without = client.get("/").content.decode()
    settings.ANALYTICS_SCRIPT_URL = ANALYTICS_URL
    with_analytics = client.get("/").content.decode()

    assert 'data-unused-groups="analytics"' in without
    assert "count visits" not in without
    assert "data-analytics-src" not in without
    assert 'data-unused-groups=""' in with_analytics
    assert "count visits" in with_analytics
    assert f'data-analytics-src="{ANALYTICS_URL}"' in with_analytics


def test_no_analytics_script_before_consent(client, analytics):
    response = client.get("/")

    assert f'<script src="{ANALYTICS_URL}"' not in response.content.decode()
    assert "private" not in response.get("Cache-Control", "")


def test_no_analytics_script_after_declining(client, analytics):
    decide(client, "decline", "analytics")

    assert f'<script src="{ANALYTICS_URL}"' not in client.get("/").content.decode()


def test_the_analytics_script_is_loaded_by_the_browser_after_consent_only(
    client, analytics
):
    """The page is the same with or without consent (so it can be cached):
    it names the script for static/js/consent.js, which loads it only for a
    reader who accepted analytics."""
    decide(client, "accept", "analytics")
    page = client.get("/").content.decode()

    assert f'data-analytics-src="{ANALYTICS_URL}"' in page
    assert f'<script src="{ANALYTICS_URL}"' not in page
    assert page == Client().get("/").content.decode()


def test_accepting_functional_only_loads_no_analytics(client, analytics):
    decide(client, "accept", "functional")

    assert f'<script src="{ANALYTICS_URL}"' not in client.get("/").content.decode()


def test_pages_send_a_content_security_policy_without_inline_script(client):
    for url in reader_pages():
        response = client.get(url)
        policy = response["Content-Security-Policy"]
        script_src = next(
            d for d in policy.split(";") if d.strip().startswith("script-src")
        )
        assert "'self'" in script_src, url
        assert "unsafe-inline" not in script_src, url
        assert "unsafe-eval" not in script_src, url


def test_our_pages_contain_no_inline_script(client):
    data_types = {"application/json", "application/ld+json"}
    for url in reader_pages():
        for script in Scripts(client.get(url).content.decode()).found:
            if script["text"].strip():
                assert script["attrs"].get("type") in data_types, (url, script)
            else:
                assert script["attrs"].get("src"), (url, script)


def test_a_configured_analytics_origin_is_allowed_by_the_policy():
    code = (
        "from thinktank import settings;"
        "d = settings.CONTENT_SECURITY_POLICY['DIRECTIVES'];"
        "print(d['script-src'], d['connect-src'])"
    )
    env = {**os.environ, "ANALYTICS_SCRIPT_URL": "https://stats.example.org/a.js"}
    output = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=django_settings.BASE_DIR,
    ).stdout

    assert output.count("https://stats.example.org") == 2
