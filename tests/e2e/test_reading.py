"""A reader's path through the demo site in Chromium."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_reader_follows_a_story_from_home_to_its_article(page, demo_site):
    page.goto(demo_site + "/")
    lead = page.locator(".lead__title a")
    title = lead.inner_text()
    lead.click()

    page.wait_for_selector("h1.article__title")
    assert page.locator("h1.article__title").inner_text() == title
    crumbs = page.locator(".breadcrumbs li").all_inner_texts()
    assert crumbs[0] == "Home" and len(crumbs) == 3
    assert page.locator(".article__byline a").count() >= 1
    assert "min read" in page.locator(".article__dates").inner_text()
    caption = page.locator(".article__hero figcaption").inner_text()
    assert page.locator(".article__hero .credit").inner_text() in caption
    assert page.locator(".article__hero img").get_attribute("width")
    assert page.locator(".author-box").count() >= 1
    assert page.locator(".author-box__role").first.inner_text()
    assert page.locator(".related__item").count() == 5
    assert page.locator(".article__body h2").count() >= 3
    assert page.locator(".article__body figure figcaption").count() == 1


@pytest.mark.parametrize(
    "path", ["/", "/category/global-affairs/", "/search/?q=budget"]
)
def test_nothing_overflows_sideways_on_a_360px_phone(browser, demo_site, path):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(demo_site + path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()


def test_article_page_fits_a_360px_phone(browser, demo_site):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(demo_site + "/")
    page.locator(".lead__title a").click()
    page.wait_for_selector("h1.article__title")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()


def test_first_tab_reaches_the_skip_link_which_jumps_to_main(page, demo_site):
    page.goto(demo_site + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize(
    ("permissions", "message"),
    [(["clipboard-read", "clipboard-write"], "Link copied"),
     ([], "Could not copy: use the address bar")],
)  # fmt: skip
def test_copy_link_says_whether_the_address_was_copied(
    browser, demo_site, permissions, message
):
    context = browser.new_context()
    context.grant_permissions(permissions, origin=demo_site)
    page = context.new_page()
    page.goto(demo_site + "/")
    page.locator(".lead__title a").click()
    page.wait_for_selector("h1.article__title")
    # The copy handler comes with a deferred script: a click before it runs
    # follows the link itself (it failed CI once that way).
    page.wait_for_load_state("domcontentloaded")
    address = page.url
    link = page.get_by_role("link", name="Copy link")
    canonical = link.get_attribute("href")

    link.click()

    expect(page.locator(".share__copy")).to_have_text(message)
    assert page.url == address  # the reader stays on the article
    if permissions:
        assert page.evaluate("navigator.clipboard.readText()") == canonical
    context.close()
