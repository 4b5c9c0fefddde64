"""What belongs to one reader, on pages that are the same for every reader.

The article page holds no token and no reader's details; in Chromium the
comment script fetches them (and the reader's pending comments) from the
comment state view. Without JavaScript the comment page does the same work.
"""

import pytest
from django.test import Client
from playwright.sync_api import expect

from comments.models import Comment
from tests.e2e.conftest import layout_shift
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def article(settings):
    settings.COMMENTS_MIN_FILL_SECONDS = 0
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SECONDS = 600
    return ArticleFactory(title="Budgets that survive elections")


def open_page(browser, url, width=1280, **options):
    context = browser.new_context(viewport={"width": width, "height": 900}, **options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return page


def test_saved_details_fill_the_form_of_a_cached_page(browser, live_server, article):
    url = live_server.url + article.get_absolute_url()
    page = open_page(browser, url)
    page.get_by_role("button", name="Accept all").click()
    banner = page.get_by_role("region", name="Cookies on this site")
    expect(banner).to_have_count(0, timeout=15_000)
    page.get_by_label("Comment", exact=True).fill("Multi-year ceilings help.")
    page.get_by_label("Name", exact=True).fill("Ada Reader")
    page.get_by_label("Email", exact=True).fill("ada@example.com")
    page.get_by_label("Save my name").check()
    page.get_by_role("button", name="Post comment").click()
    page.wait_for_load_state("networkidle")
    expect(page.locator("#your-comment")).to_contain_text("awaiting moderation")

    # The same cached page, opened again: the details come from the state view.
    page.goto(url)
    page.wait_for_load_state("networkidle")
    expect(page.get_by_label("Name", exact=True)).to_have_value("Ada Reader")
    expect(page.get_by_label("Email", exact=True)).to_have_value("ada@example.com")
    expect(page.locator("#your-comment")).to_contain_text("Multi-year ceilings help.")

    # A stranger's copy of the page is the same page, with nothing of Ada's.
    stranger = open_page(browser, url, width=390)
    expect(stranger.get_by_label("Name", exact=True)).to_have_value("")
    assert stranger.get_by_text("Multi-year ceilings help.").count() == 0
    for each in (page, stranger):
        each.context.close()


def test_comments_closed_since_the_page_was_cached_offer_no_form(
    browser, live_server, article, settings
):
    url = live_server.url + article.get_absolute_url()
    open_page(browser, url).context.close()  # cached with the form in it
    settings.COMMENTS_CLOSE_AFTER_DAYS = 0  # closed from publication: now

    cached = Client().get(article.get_absolute_url())
    assert cached["X-Page-Cache"] == "hit"
    assert 'id="respond"' in cached.content.decode()

    page = open_page(browser, url)

    expect(page.get_by_text("Comments are closed on this article.")).to_be_visible()
    expect(page.locator("#respond")).to_have_count(0)  # nor the place held for it
    page.context.close()


def test_without_javascript_a_reader_comments_from_the_comment_page(
    browser, live_server, article
):
    url = live_server.url + article.get_absolute_url()
    page = open_page(browser, url, java_script_enabled=False)
    expect(page.locator("#respond")).to_be_hidden()
    assert page.locator("#respond").bounding_box() is None  # and takes no room
    page.get_by_role("link", name="Leave a reply").click()
    page.get_by_label("Comment", exact=True).fill("Written without scripts.")
    page.get_by_role("button", name="Post comment").click()

    # Refused: the list of what to fix has focus, and the text is kept.
    expect(page.locator(".error-summary")).to_be_focused()
    expect(page.get_by_label("Comment", exact=True)).to_have_value(
        "Written without scripts."
    )
    page.get_by_label("Name", exact=True).fill("Noor Plain")
    page.get_by_label("Email", exact=True).fill("noor@example.com")
    page.get_by_role("button", name="Post comment").click()

    assert page.url.endswith(f"/comments/{article.slug}/#your-comment")
    expect(page.locator("#your-comment")).to_contain_text("awaiting moderation")
    expect(page.locator("#your-comment")).to_contain_text("Written without scripts.")
    assert Comment.objects.get().status == Comment.Status.PENDING
    page.context.close()


def test_a_reader_who_never_reaches_the_comments_asks_for_no_state(
    browser, live_server, article
):
    article.body = (
        "<p>A paragraph on multi-year spending ceilings and their keepers.</p>" * 120
    )
    article.save()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(live_server.url + article.get_absolute_url())
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    assert not [url for url in asked if url.endswith("/state/")]

    with page.expect_response(lambda response: response.url.endswith("/state/")):
        page.locator("#comments").scroll_into_view_if_needed()
    expect(page.get_by_label("Comment", exact=True)).to_be_visible()
    context.close()


def test_the_form_appears_in_its_place_without_moving_the_page(
    browser, live_server, article
):
    # A reader following a card's "comments" link lands on #comments; the form
    # shows once the reader's state arrives, and pushed what follows it down
    # by its whole height: a layout shift of 0.77 on a 390 px phone.
    context = browser.new_context(viewport={"width": 390, "height": 844})
    held = []
    context.route("**/state/", lambda route: held.append(route))
    page = context.new_page()
    page.set_default_timeout(10_000)
    with page.expect_request("**/state/"):
        page.goto(live_server.url + article.get_absolute_url() + "#comments")
    expect(page.get_by_label("Comment", exact=True)).to_be_hidden()
    page.wait_for_timeout(300)  # the page settles before the state comes
    held[0].continue_()
    expect(page.get_by_label("Comment", exact=True)).to_be_visible()

    assert layout_shift(page) < 0.01
    context.close()


def test_when_the_state_cannot_be_had_the_held_place_goes(
    browser, live_server, article
):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.route("**/state/", lambda route: route.fulfill(status=503))
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(live_server.url + article.get_absolute_url() + "#comments")

    expect(page.get_by_role("alert")).to_contain_text("could not be loaded")
    expect(page.locator("#respond")).to_have_count(0)
    context.close()
