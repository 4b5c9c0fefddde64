"""One-click decisions from the queue: POST only, CSRF-checked, moderators only."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from comments.models import Comment, ModerationLogEntry
from comments.services import moderate_comments
from tests.factories import CommentFactory

pytestmark = pytest.mark.django_db

QUEUE = "/admin/comments/comment/"


def decide_url(comment):
    return f"{QUEUE}{comment.pk}/decide/"


@pytest.mark.parametrize("decision", ["approved", "spam", "removed"])
def test_one_click_decides_logs_and_returns_to_the_same_page(
    moderator_client, moderator, decision
):
    comment = CommentFactory(status="pending", name="Ada")
    back = f"{QUEUE}?status=pending&p=2"

    response = moderator_client.post(
        decide_url(comment), {"decision": decision, "next": back}
    )

    comment.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == back
    assert comment.status == decision
    assert comment.moderated_by == moderator
    entry = ModerationLogEntry.objects.get(comment=comment)
    assert (entry.from_status, entry.to_status, entry.moderator) == (
        "pending",
        decision,
        moderator,
    )
    assert entry.bulk is False
    page = moderator_client.get(back, follow=True).content.decode()
    assert "The comment by Ada was" in page


def test_the_queue_offers_each_row_the_other_decisions_as_buttons(moderator_client):
    comment = CommentFactory(status="pending", name="Ada")

    html = moderator_client.get(QUEUE).content.decode()

    assert '<form id="decide-form" method="post" hidden>' in html
    assert 'name="csrfmiddlewaretoken"' in html.split('id="decide-form"')[1]
    assert f'formaction="{comment.pk}/decide/?from=pending"' in html
    for decision in ("approved", "spam", "removed"):
        assert f'name="decision" value="{decision}"' in html
    assert 'aria-label="Approve: comment by Ada"' in html
    assert html.count('form="decide-form"') == 3
    approved = CommentFactory(status="approved")
    listed = moderator_client.get(QUEUE, {"status": "approved"}).content.decode()
    assert f'formaction="{approved.pk}/decide/?from=approved"' in listed
    assert 'name="decision" value="approved"' not in listed


def test_one_click_refuses_get_unknown_decisions_and_unsafe_redirects(
    moderator_client,
):
    comment = CommentFactory(status="pending")

    fetched = moderator_client.get(decide_url(comment), {"decision": "approved"})
    unknown = moderator_client.post(decide_url(comment), {"decision": "pending"})
    elsewhere = moderator_client.post(
        decide_url(comment),
        {"decision": "approved", "next": "https://evil.example/"},
    )

    assert fetched.status_code == 405
    assert unknown.status_code == 400
    assert elsewhere["Location"] == QUEUE
    comment.refresh_from_db()
    assert comment.status == "approved"


def test_one_click_needs_the_csrf_token(moderator):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(moderator)
    comment = CommentFactory(status="pending")

    response = browser.post(decide_url(comment), {"decision": "spam"})

    assert response.status_code == 403
    comment.refresh_from_db()
    assert comment.status == "pending"


def test_editors_and_comment_editors_cannot_decide(editor_client, django_user_model):
    comment = CommentFactory(status="pending")
    clerk = django_user_model.objects.create_user("clerk", is_staff=True)
    clerk.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_comment", "change_comment"])
    )
    clerk_client = Client()
    clerk_client.force_login(clerk)

    by_editor = editor_client.post(decide_url(comment), {"decision": "approved"})
    by_clerk = clerk_client.post(decide_url(comment), {"decision": "approved"})
    clerk_queue = clerk_client.get(QUEUE).content.decode()

    assert by_editor.status_code == 403
    assert by_clerk.status_code == 403
    assert "decide/" not in clerk_queue
    comment.refresh_from_db()
    assert comment.status == "pending"
    assert not ModerationLogEntry.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client):
    comment = CommentFactory(status="pending")

    response = client.post(decide_url(comment), {"decision": "approved"})

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert Comment.objects.get(pk=comment.pk).status == "pending"


def test_a_decision_already_taken_changes_and_logs_nothing(moderator_client):
    comment = CommentFactory(status="spam")

    moderator_client.post(decide_url(comment), {"decision": "spam"})

    assert not ModerationLogEntry.objects.exists()


def test_deciding_the_last_page_away_shows_the_last_page_left(
    moderator_client, monkeypatch
):
    """A moderator on the last page of a search who decides its comments comes
    back to the page now last, search kept, not to the whole queue (?e=1)."""
    from comments.admin import CommentAdmin

    monkeypatch.setattr(CommentAdmin, "list_per_page", 2)
    ana = CommentFactory.create_batch(5, status="pending", email="ana@example.com")
    CommentFactory.create_batch(3, status="pending", email="bo@example.com")
    back = f"{QUEUE}?q=ana%40example.com&p=3"

    response = moderator_client.post(
        decide_url(ana[0]), {"decision": "approved", "next": back}, follow=True
    )

    cl = response.context["cl"]
    assert response.redirect_chain == [(back, 302)]
    assert cl.query == "ana@example.com" and cl.page_num == 2
    assert [c.email for c in cl.result_list] == ["ana@example.com"] * 2


def test_one_click_on_a_comment_deleted_meanwhile_says_so_on_the_queue(
    moderator_client,
):
    comment = CommentFactory(status="pending")
    url = decide_url(comment)
    comment.delete()  # a reader's personal data erased while the queue was open
    back = f"{QUEUE}?status=pending"

    response = moderator_client.post(
        f"{url}?from=pending", {"decision": "approved", "next": back}, follow=True
    )

    assert response.redirect_chain == [(back, 302)]
    assert "That comment no longer exists (it was deleted): nothing was decided." in (
        response.content.decode()
    )


def test_one_click_never_undoes_unseen_what_another_moderator_decided(
    moderator_client, moderator, django_user_model
):
    """The queue showed the comment pending; another moderator marked it as
    spam since. Approving it from the stale row changes nothing and says who
    decided; the same click on the fresh row (from=spam) approves it."""
    colleague = django_user_model.objects.create_user("lee", is_staff=True)
    comment = CommentFactory(status="pending", name="Ada")
    moderate_comments(
        comments=Comment.objects.filter(pk=comment.pk), decision="spam", by=colleague
    )

    stale = moderator_client.post(
        f"{decide_url(comment)}?from=pending", {"decision": "approved"}, follow=True
    )

    comment.refresh_from_db()
    assert (comment.status, comment.moderated_by) == ("spam", colleague)
    assert ModerationLogEntry.objects.filter(comment=comment).count() == 1
    assert (
        "The comment by Ada was marked as spam by lee in the meantime, so it was "
        "not approved. Decide again if you still mean to."
    ) in stale.content.decode()

    moderator_client.post(f"{decide_url(comment)}?from=spam", {"decision": "approved"})

    comment.refresh_from_db()
    assert (comment.status, comment.moderated_by) == ("approved", moderator)
