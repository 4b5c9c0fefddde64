"""The moderators' desk in Chromium: one-click decisions by keyboard, a reply
as the journal, and the log."""

import pytest
from django.contrib.auth.models import Group

from comments.models import Comment
from comments.services import MODERATORS_GROUP, moderate_comments
from tests.e2e.conftest import sign_in
from tests.factories import ArticleFactory, CommentFactory

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "moderate-with-care"


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user(
        "moira", "moira@example.com", PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


def signed_in(browser, live_server, width):
    """A page of a new browser window of `width`, signed in as the moderator."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    sign_in(page, live_server.url + "/admin/", "moira", PASSWORD)
    return page


@pytest.mark.parametrize("width", [1280, 390])
def test_a_moderator_clears_the_queue_by_keyboard_and_answers_a_reader(
    browser, live_server, moderator, width
):
    article = ArticleFactory(title="Ports and the price of waiting")
    spam = CommentFactory(article=article, status="pending", name="Spammer")
    question = CommentFactory(
        article=article, status="pending", name="Ada", text="Which ports?"
    )
    CommentFactory.create_batch(8, article=article, status="pending")
    desk = signed_in(browser, live_server, width)
    desk.get_by_role("link", name="Comments awaiting moderation").click()
    desk.wait_for_selector("#result_list")
    if width == 1280:  # every column in sight beside the navigation and filters
        assert desk.evaluate(
            "(() => { const t = document.getElementById('result_list');"
            " return t.scrollWidth <= t.parentElement.clientWidth; })()"
        )
    else:  # the filters a tap from the first screen, not under the 50 rows
        desk.wait_for_load_state()
        desk.locator("#changelist-filter-toggle > summary").click()
        spam_filter = desk.locator("#changelist-filter").get_by_role(
            "link", name="Spam"
        )
        assert spam_filter.bounding_box()["y"] < 900
        desk.locator("#changelist-filter-toggle > summary").click()

    # One click, from the keyboard: focus the row's button and press Enter.
    button = desk.get_by_role("button", name="Mark as spam: comment by Spammer")
    spam_row = desk.locator("#result_list tbody tr").evaluate_all(
        "(rows) => rows.findIndex((row) => row.textContent.includes('Spammer'))"
    )
    button.focus()
    desk.keyboard.press("Enter")
    desk.wait_for_load_state()
    assert (
        "The comment by Spammer was marked as spam."
        in desk.locator(".messagelist").inner_text()
    )
    assert desk.url.endswith("/admin/comments/comment/?status=pending")
    spam.refresh_from_db()
    assert spam.status == Comment.Status.SPAM
    assert desk.get_by_text("Spammer", exact=True).count() == 0
    # Back where the moderator was: on the next comment's first button, not
    # at the top of the page some twenty Tabs away.
    focused = desk.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused.startswith("Approve: comment by ")
    left = desk.locator("#result_list tbody tr")
    next_row = left.nth(min(spam_row, left.count() - 1))  # the last, if it was
    assert focused in next_row.inner_html()

    # A reply as the journal, published at once under the reader's comment.
    desk.get_by_role("link", name="Reply as the journal to Ada").click()
    desk.get_by_label("Your reply, as the journal").fill("The three largest.")
    desk.get_by_role("button", name="Publish the reply").click()
    assert "Your reply to Ada is published" in desk.locator(".messagelist").inner_text()
    reply = Comment.objects.get(by_staff=True)
    assert reply.parent_id == question.pk
    desk.goto(live_server.url + article.get_absolute_url())
    public = desk.locator(f"#comment-{question.pk}")
    assert "Which ports?" in public.inner_text()
    assert "The three largest." in public.locator(".comment-list--replies").inner_text()

    # Both decisions are on record (the reply approved the question first).
    desk.goto(live_server.url + "/admin/comments/moderationlogentry/")
    rows = desk.locator("#result_list tbody tr")
    assert rows.count() == 3
    if width == 1280:  # which comment each entry is about, in sight too
        assert desk.evaluate(
            "(() => { const t = document.getElementById('result_list');"
            " return t.scrollWidth <= t.parentElement.clientWidth; })()"
        )
    if width == 390:  # the log's filters a tap from the first screen too
        for comment in CommentFactory.create_batch(30, status="pending"):
            moderate_comments(
                comments=Comment.objects.filter(pk=comment.pk),
                decision="approved",
                by=moderator,
            )
        desk.reload()
        desk.locator("#changelist-filter-toggle > summary").click()
        assert desk.locator("#changelist-filter").bounding_box()["y"] < 900
    desk.context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_a_moderator_reading_the_page_answers_as_the_journal(
    browser, live_server, moderator, width
):
    article = ArticleFactory(title="Tolls on the inland waterways")
    question = CommentFactory(
        article=article, status="approved", name="Ada", text="Who pays the tolls?"
    )
    page = signed_in(browser, live_server, width)

    page.goto(live_server.url + article.get_absolute_url())
    page.get_by_role("link", name="Reply to Ada").click()
    page.get_by_label("Your reply, as the journal").fill("The barge operators.")
    page.get_by_role("button", name="Publish the reply").click()

    page.wait_for_url(f"**{article.get_absolute_url()}#comment-{question.pk}")
    replies = page.locator(f"#comment-{question.pk} .comment-list--replies")
    assert "The barge operators." in replies.inner_text()
    assert "Staff" in replies.inner_text()
    page.context.close()
