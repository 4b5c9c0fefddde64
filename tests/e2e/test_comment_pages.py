"""A long thread in pages, in Chromium: readers reply where they read, and an
old link to a comment finds the page it is on now."""

import pytest
from playwright.sync_api import expect

from tests.e2e.test_comments import leave_reply, new_page
from tests.factories import ArticleFactory, CommentFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def thread(settings):
    """An article with five conversations, two to a page."""
    settings.COMMENTS_PER_PAGE = 2
    settings.COMMENTS_MIN_FILL_SECONDS = 0
    article = ArticleFactory(slug="long-thread")
    tops = [CommentFactory(article=article, name=f"Reader {n}") for n in range(5)]
    return article, tops


@pytest.mark.parametrize("width", [390, 1280])
def test_a_reply_sent_from_a_later_page_shows_there(
    browser, live_server, thread, width
):
    article, tops = thread
    page = new_page(browser, width)
    page.goto(live_server.url + article.get_absolute_url())
    page.get_by_role("link", name="Later comments →").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Comments, page 2 of 3")
    page.wait_for_load_state()  # comments.js handles the reply link from then on

    page.get_by_role("link", name="Reply to Reader 2").click()
    leave_reply(page, "Answered on page two.", "Ada Reader", "ada@example.com")

    assert page.url.endswith("/articles/long-thread/comments/?page=2#your-comment")
    mine = page.locator(f"#comment-{tops[2].pk} #your-comment")
    expect(mine).to_contain_text("Your comment is awaiting moderation.")
    expect(mine).to_contain_text("Answered on page two.")
    page.context.close()


def test_an_old_link_to_a_comment_finds_its_page(browser, live_server, thread):
    article, tops = thread
    page = new_page(browser)

    page.goto(f"{live_server.url}{article.get_absolute_url()}#comment-{tops[4].pk}")

    page.wait_for_url(f"**/articles/long-thread/comments/?page=3#comment-{tops[4].pk}")
    expect(page.locator(f"#comment-{tops[4].pk}")).to_contain_text("Reader 4")
    page.context.close()
