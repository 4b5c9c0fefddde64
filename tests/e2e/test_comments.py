"""A comment's path in Chromium: posted, held, approved, answered."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from comments.models import Comment
from comments.services import MODERATORS_GROUP
from tests.e2e.conftest import sign_in
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "moderate-with-care"


@pytest.fixture
def article(settings):
    settings.COMMENTS_MIN_FILL_SECONDS = 0
    return ArticleFactory(title="The case for boring budget rules")


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user(
        "moira", "moira@example.com", PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


def new_page(browser, width=1280):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


def leave_reply(page, text, name, email):
    page.get_by_label("Comment", exact=True).fill(text)
    page.get_by_label("Name", exact=True).fill(name)
    page.get_by_label("Email", exact=True).fill(email)
    page.get_by_role("button", name="Post comment").click()
    page.wait_for_load_state()


def test_a_comment_is_held_approved_and_answered(
    browser, live_server, article, moderator
):
    url = live_server.url + article.get_absolute_url()
    writer, other, desk = new_page(browser), new_page(browser), new_page(browser)

    # A reader posts through the real form and sees it awaiting moderation.
    writer.goto(url)
    leave_reply(writer, "Rules beat discretion here.", "Ada Reader", "ada@example.com")
    assert writer.url.endswith("#your-comment")
    mine = writer.locator("#your-comment")
    assert "Your comment is awaiting moderation." in mine.inner_text()
    assert "Rules beat discretion here." in mine.inner_text()

    # Another browser sees nothing of it.
    other.goto(url)
    assert other.get_by_text("Rules beat discretion here.").count() == 0
    assert other.locator("#comments-heading").text_content() == "Comments"

    # A moderator logs in and approves it from the queue.
    sign_in(desk, live_server.url + "/admin/", "moira", PASSWORD)
    desk.get_by_role("link", name="Comments awaiting moderation").click()
    row = desk.locator("#result_list tbody tr", has_text="Rules beat discretion")
    row.locator("input.action-select").check()
    desk.locator("select[name=action]").select_option("approve")
    desk.get_by_role("button", name="Go").click()
    assert "1 comment approved." in desk.locator(".messagelist").inner_text()

    # Both readers now see it, no longer marked as pending.
    comment = Comment.objects.get()
    for page in (writer, other):
        page.goto(url)
        public = page.locator(f"#comment-{comment.pk}")
        assert "Rules beat discretion here." in public.inner_text()
        assert page.locator("#your-comment").count() == 0
        assert page.locator("#comments-heading").text_content() == "1 comment"

    # The other reader replies in place: the form moves under the comment.
    other.locator(f"#comment-{comment.pk} .comment__reply").click()
    # The click waits for the reader's form state, so the form moves a moment
    # later: expect() retries until it has.
    expect(other.locator("#respond-title")).to_have_text("Reply to Ada Reader")
    expect(other.locator(f"#comment-{comment.pk} #respond")).to_have_count(1)
    leave_reply(other, "Until a recession hits.", "Bea Critic", "bea@example.com")

    reply = Comment.objects.get(parent=comment)
    assert reply.status == Comment.Status.PENDING
    pending = other.locator(
        f"#comment-{comment.pk} .comment-list--replies #your-comment"
    )
    assert "Until a recession hits." in pending.inner_text()
    writer.reload()
    assert writer.get_by_text("Until a recession hits.").count() == 0

    for page in (writer, other, desk):
        page.context.close()
