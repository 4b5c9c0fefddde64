"""Cookie consent in Chromium: the banner, the choices, the cookies that follow them."""

import pytest
from cookie_consent.models import Cookie, CookieGroup
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.e2e.conftest import layout_shift, sign_in
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db(transaction=True)

NECESSARY = {"sessionid", "csrftoken", "cookie_consent", "messages"}

BANNER = "Cookies on this site"
ANALYTICS_JS = (
    "document.cookie = '_pk_id=visitor-1; path=/; max-age=3600';"
    "window.analyticsRan = true;"
)


@pytest.fixture
def article():
    return ArticleFactory(title="Why fiscal rules need escape clauses")


@pytest.fixture
def analytics(live_server, settings):
    """An analytics script on the site's own origin, answered by the browser."""
    settings.ANALYTICS_SCRIPT_URL = f"{live_server.url}/analytics-test.js"
    return settings.ANALYTICS_SCRIPT_URL


def open_page(browser, url, width=1280, height=900, analytics_url=None, **options):
    context = browser.new_context(
        viewport={"width": width, "height": height}, **options
    )
    if analytics_url:
        context.route(
            analytics_url,
            lambda route: route.fulfill(
                body=ANALYTICS_JS, content_type="text/javascript"
            ),
        )
    page = context.new_page()
    page.set_default_timeout(10_000)
    if url:
        load(page, url)
    return page


def load(page, url):
    """Open `url` and wait until the banner script has asked the server."""
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    return response


def banner(page):
    return page.get_by_role("region", name=BANNER)


def cookie_names(page):
    return {cookie["name"] for cookie in page.context.cookies()}


def consent_value(page):
    return next(
        c["value"] for c in page.context.cookies() if c["name"] == "cookie_consent"
    )


def test_first_visit_shows_the_banner_and_no_optional_cookie_exists(
    browser, live_server, article
):
    page = open_page(browser, None)
    set_cookies = []
    page.on(
        "response",
        lambda response: set_cookies.extend(
            h["value"].split("=", 1)[0].strip()
            for h in response.headers_array()
            if h["name"].lower() == "set-cookie"
        ),
    )
    load(page, live_server.url + article.get_absolute_url())

    expect(banner(page)).to_be_visible()
    for name in ("Accept all", "Reject optional"):
        assert banner(page).get_by_role("button", name=name).is_visible()
    assert banner(page).get_by_role("link", name="Settings").is_visible()
    assert set(set_cookies) <= NECESSARY
    assert cookie_names(page) <= NECESSARY
    assert "comment_author" not in page.evaluate("document.cookie")
    assert "_pk" not in page.evaluate("document.cookie")
    page.context.close()


def test_reject_optional_hides_the_banner_and_a_reload_keeps_it_hidden(
    browser, live_server, article
):
    page = open_page(browser, live_server.url + article.get_absolute_url())

    banner(page).get_by_role("button", name="Reject optional").click()

    expect(page.locator("#cookie-banner-status")).to_have_text(
        "Cookie choice saved: optional cookies rejected."
    )
    assert banner(page).count() == 0
    assert "functional=-1" in consent_value(page)
    assert page.evaluate("document.body.style.paddingBottom") == ""
    load(page, page.url)
    assert banner(page).count() == 0
    load(page, live_server.url + "/")
    assert banner(page).count() == 0
    assert cookie_names(page) <= NECESSARY
    page.context.close()


def test_accept_all_loads_analytics_then_the_overview_withdraws_it(
    browser, live_server, article, analytics
):
    requested = []
    page = open_page(browser, None, analytics_url=analytics)
    page.on("request", lambda request: requested.append(request.url))
    load(page, live_server.url + article.get_absolute_url())
    assert analytics not in requested  # nothing optional before consent

    banner(page).get_by_role("button", name="Accept all").click()
    page.wait_for_function("() => window.analyticsRan === true")
    assert "_pk_id" in cookie_names(page)
    assert "functional=" in consent_value(page)
    assert "analytics=" in consent_value(page)

    # Later, the reader changes their mind on the Privacy Overview.
    page.get_by_role("link", name="Cookie settings").click()
    page.wait_for_load_state()
    analytics_group = page.locator("#group-analytics")
    assert "You accepted these cookies" in analytics_group.inner_text()
    analytics_group.get_by_role("button", name="Decline Analytics cookies").click()
    page.wait_for_load_state()

    assert page.url.endswith("/privacy/#group-analytics")
    assert "You declined these cookies" in page.locator("#group-analytics").inner_text()
    assert "_pk_id" not in cookie_names(page)
    assert "analytics=-1" in consent_value(page)
    assert (
        "You accepted these cookies" in page.locator("#group-functional").inner_text()
    )

    requested.clear()
    load(page, live_server.url + article.get_absolute_url())
    assert analytics not in requested
    assert banner(page).count() == 0
    page.context.close()


def test_the_overview_changes_the_choice_and_the_comment_cookie_follows(
    browser, live_server, article
):
    page = open_page(browser, live_server.url + "/privacy/")
    functional = page.locator("#group-functional")
    functional.get_by_role("button", name="Accept Functional cookies").click()
    page.wait_for_load_state()
    assert (
        "You accepted these cookies" in page.locator("#group-functional").inner_text()
    )

    host = live_server.url.split("//")[1].split(":")[0]
    page.context.add_cookies(  # as the comment form sets it: for /comments/ only
        [
            {
                "name": "comment_author",
                "value": "saved",
                "domain": host,
                "path": "/comments/",
            }
        ]
    )
    page.locator("#group-functional").get_by_role(
        "button", name="Decline Functional cookies"
    ).click()
    page.wait_for_load_state()

    assert "comment_author" not in cookie_names(page)
    assert (
        "You declined these cookies" in page.locator("#group-functional").inner_text()
    )
    page.context.close()


def test_the_banner_works_with_the_keyboard_alone(browser, live_server, article):
    page = open_page(browser, live_server.url + article.get_absolute_url())

    order = []
    for _ in range(5):
        page.keyboard.press("Tab")
        order.append(page.evaluate("document.activeElement.textContent.trim()"))

    assert order == [
        "Skip to main content",
        "privacy overview",
        "Accept all",
        "Reject optional",
        "Settings",
    ]
    focus_ring = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.outlineWidth]; })()"
    )
    assert focus_ring[0] != "none" and focus_ring[1] != "0px"

    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.textContent") == "Accept all"
    page.keyboard.press("Enter")

    banner(page).wait_for(state="detached")
    assert "functional=" in consent_value(page)
    assert "functional=-1" not in consent_value(page)
    # Focus is not lost with the banner: the next Tab goes on into the page.
    assert page.evaluate("document.activeElement.id") == "main"
    page.context.close()


def test_a_cached_page_shows_each_reader_their_own_banner_state(
    browser, live_server, article
):
    url = live_server.url + article.get_absolute_url()

    # Reader A has not decided: their copy of the page is what a cache keeps.
    first = open_page(browser, None)
    cached_for_undecided = load(first, url).text()
    expect(banner(first)).to_be_visible()

    # Reader B decided earlier and is served A's page byte for byte.
    second = open_page(browser, live_server.url + "/privacy/")
    second.get_by_role("button", name="Reject optional").click()
    second.wait_for_load_state()
    second.route(url, lambda route: route.fulfill(body=cached_for_undecided))
    load(second, url)
    assert banner(second).count() == 0

    # The other way round: B's page served to a newcomer still asks the newcomer.
    second.unroute(url)
    cached_for_decided = load(second, url).text()
    newcomer = open_page(browser, None)
    newcomer.route(url, lambda route: route.fulfill(body=cached_for_decided))
    load(newcomer, url)
    expect(banner(newcomer)).to_be_visible()

    for page in (first, second, newcomer):
        page.context.close()


def test_readers_who_accepted_are_asked_again_when_a_group_gains_a_cookie(
    browser, live_server, article
):
    page = open_page(browser, live_server.url + article.get_absolute_url())
    banner(page).get_by_role("button", name="Accept all").click()
    banner(page).wait_for(state="detached")
    load(page, page.url)
    assert banner(page).count() == 0

    Cookie.objects.create(
        cookiegroup=CookieGroup.objects.get(varname="functional"),
        name="reading_list",
        description="Remembers the articles you saved for later.",
    )
    load(page, page.url)

    expect(banner(page)).to_be_visible()
    page.context.close()


def test_the_page_names_every_script_the_banner_needs(browser, live_server, article):
    # A module found only once the one before it has run costs a round trip
    # more: consent.js, then csrf.js, then the library's module, then the
    # status, put the banner up 3.4 s after the page was asked for on Fast 3G.
    page = open_page(browser, None)
    scripts = []
    page.on(
        "request",
        lambda request: (
            request.resource_type == "script" and scripts.append(request.url)
        ),
    )
    load(page, live_server.url + article.get_absolute_url())
    expect(banner(page)).to_be_visible()

    named = page.evaluate(
        """[...document.querySelectorAll('script[src], link[rel=modulepreload]')]
          .map((element) => element.src || element.href)"""
    )
    assert scripts and set(scripts) <= set(named)
    page.context.close()


def test_on_a_phone_the_banner_moves_nothing_and_hides_no_text(
    browser, live_server, article
):
    page = open_page(
        browser, live_server.url + article.get_absolute_url(), width=360, height=740
    )

    assert layout_shift(page) < 0.01
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page_end = page.evaluate(
        "document.querySelector('.site-footer').getBoundingClientRect().bottom"
    )
    banner_top = banner(page).bounding_box()["y"]
    assert page_end <= banner_top + 1
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360
    page.context.close()


def test_without_javascript_the_choice_is_made_by_plain_forms(
    browser, live_server, article
):
    page = open_page(
        browser, live_server.url + article.get_absolute_url(), java_script_enabled=False
    )

    page.get_by_role("link", name="cookie settings").first.click()
    page.wait_for_load_state()
    page.get_by_role("button", name="Reject optional").click()
    page.wait_for_load_state()

    assert (
        "You declined these cookies" in page.locator("#group-functional").inner_text()
    )
    assert "functional=-1" in consent_value(page)
    page.context.close()


def test_no_content_security_policy_violations_on_reader_pages_or_the_editor(
    browser, live_server, article
):
    get_user_model().objects.create_superuser("chief", "chief@example.com", "pw-x1")
    page = open_page(browser, None)
    problems = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and problems.append(message.text)
        ),
    )
    page.on("pageerror", lambda error: problems.append(str(error)))

    for path in ("/", article.get_absolute_url(), "/privacy/"):
        response = load(page, live_server.url + path)
        assert "script-src 'self'" in response.headers["content-security-policy"]

    sign_in(page, live_server.url + "/admin/login/", "chief", "pw-x1")
    load(page, f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    page.locator(".ProseMirror >> visible=true").first.wait_for()
    load(page, live_server.url + "/admin/cookie_consent/logitem/")

    assert problems == []
    page.context.close()


# How much of the focused element shows above the fixed banner, in CSS pixels.
FOCUS_SHOWN_JS = """() => {
  const focused = document.activeElement;
  const banner = document.querySelector('.cookie-banner');
  if (!focused || focused === document.body || banner.contains(focused)) return null;
  const box = focused.getBoundingClientRect();
  const cut = Math.min(banner.getBoundingClientRect().top, innerHeight);
  return [focused.textContent.trim().slice(0, 40) || focused.name,
          Math.min(box.bottom, cut) - Math.max(box.top, 0)];
}"""


def test_keyboard_focus_never_hides_behind_the_banner(browser, demo_site):
    """A reader who tabs past the banner without choosing still sees where the
    focus is: the page scrolls each control clear of the fixed bar (WCAG 2.4.11)."""
    page = open_page(browser, None, width=390, height=844)
    load(page, demo_site + "/")
    load(page, demo_site + page.locator(".lead__title a").get_attribute("href"))
    expect(banner(page)).to_be_visible()

    hidden = []
    for _ in range(80):
        page.keyboard.press("Tab")
        shown = page.evaluate(FOCUS_SHOWN_JS)
        if shown and shown[1] <= 0:
            hidden.append(shown[0])
    assert not hidden, hidden
    page.context.close()
