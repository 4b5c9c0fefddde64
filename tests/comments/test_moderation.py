"""The moderators' queue: who may moderate, bulk decisions, edits on record."""

import re

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from comments.models import Comment
from comments.services import MODERATORS_GROUP, moderate_comments
from tests.factories import ArticleFactory, CommentFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/comments/comment/"


def run_action(client, action, comments):
    return client.post(
        CHANGELIST,
        {
            "action": action,
            "_selected_action": [str(c.pk) for c in comments],
            "index": "0",
        },
    )


def test_the_moderators_group_has_exactly_the_comment_permissions():
    group = Group.objects.get(name=MODERATORS_GROUP)

    codenames = set(
        group.permissions.values_list("content_type__app_label", "codename")
    )

    assert codenames == {
        ("comments", "view_comment"),
        ("comments", "change_comment"),
        ("comments", "moderate_comment"),
        ("comments", "view_moderationlogentry"),
    }


def test_a_moderator_sees_only_comments_in_the_admin(moderator_client):
    index = moderator_client.get("/admin/").content.decode()

    assert moderator_client.get(CHANGELIST).status_code == 200
    assert 'href="/admin/comments/comment/"' in index
    assert "/admin/articles/" not in index
    assert "/admin/authors/" not in index
    assert "/admin/comments/blocklistentry/" not in index
    assert moderator_client.get("/admin/articles/article/").status_code == 403
    assert moderator_client.get("/admin/articles/article/add/").status_code == 403
    assert moderator_client.get("/admin/authors/author/").status_code == 403
    assert moderator_client.get("/admin/auth/user/").status_code == 403


def test_the_admin_index_shows_how_many_comments_wait(moderator_client):
    CommentFactory.create_batch(3, status=Comment.Status.PENDING)
    CommentFactory(status=Comment.Status.APPROVED)

    html = moderator_client.get("/admin/").content.decode()

    assert "Comments awaiting moderation" in html
    assert "<strong>3</strong>" in html
    assert f'href="{CHANGELIST}?status=pending"' in html


def test_the_queue_lists_pending_comments_newest_first(moderator_client):
    old_pending = CommentFactory(
        status="pending", created_at=timezone.now().replace(year=2020)
    )
    approved = CommentFactory(status="approved")
    new_pending = CommentFactory(status="pending")
    spam = CommentFactory(status="spam")

    queue = moderator_client.get(CHANGELIST)
    everything = moderator_client.get(CHANGELIST, {"status": "all"})

    assert list(queue.context["cl"].result_list) == [new_pending, old_pending]
    assert list(everything.context["cl"].result_list) == [
        spam,
        new_pending,
        approved,
        old_pending,
    ]


def test_the_queue_filters_by_status_and_article_and_searches_ip_and_text(
    moderator_client,
):
    spam = CommentFactory(status="spam", ip_address="198.51.100.23")
    other = CommentFactory(status="pending", text="Municipal bonds explained")

    by_status = moderator_client.get(CHANGELIST, {"status": "spam"})
    by_article = moderator_client.get(CHANGELIST, {"article": other.article_id})
    by_ip = moderator_client.get(CHANGELIST, {"q": "198.51.100.23", "status": "all"})
    by_text = moderator_client.get(CHANGELIST, {"q": "municipal"})

    assert list(by_status.context["cl"].result_list) == [spam]
    assert list(by_article.context["cl"].result_list) == [other]
    assert list(by_ip.context["cl"].result_list) == [spam]
    assert list(by_text.context["cl"].result_list) == [other]


def test_the_queue_offers_to_clear_only_a_search_or_filter(moderator_client):
    CommentFactory(status="pending", text="Municipal bonds explained")
    clear = "clear the search and filters</a>"

    queue = moderator_client.get(CHANGELIST).content.decode()
    searched = moderator_client.get(CHANGELIST, {"q": "bonds"}).content.decode()
    spam = moderator_client.get(CHANGELIST, {"status": "spam"}).content.decode()

    assert "1 result" in queue and clear not in queue  # it is already the queue
    assert "Show all" not in queue  # Django's words, which led to the same page
    assert clear in searched and clear in spam


@pytest.mark.parametrize(
    ("action", "status"),
    [("approve", "approved"), ("mark_spam", "spam"), ("remove", "removed")],
)
def test_each_bulk_action_is_one_update_and_records_who_and_when(
    moderator_client, moderator, action, status
):
    chosen = CommentFactory.create_batch(30, status="pending")
    untouched = CommentFactory(status="pending")

    with CaptureQueriesContext(connection) as queries:
        response = run_action(moderator_client, action, chosen)

    updates = [q for q in queries if q["sql"].startswith('UPDATE "comments_comment"')]
    purges = [q for q in queries if 'UPDATE "thinktank_purgedkey"' in q["sql"]]
    assert response.status_code == 302
    assert len(updates) == 1
    # Only an approval changes what readers see of comments that were pending.
    assert len(purges) == (1 if status == "approved" else 0)
    assert Comment.objects.filter(status=status, moderated_by=moderator).count() == 30
    assert all(c.moderated_at for c in Comment.objects.filter(status=status))
    untouched.refresh_from_db()
    assert untouched.status == "pending"
    assert untouched.moderated_by is None


def test_an_editor_cannot_moderate(editor_client):
    comment = CommentFactory(status="pending")

    response = run_action(editor_client, "approve", [comment])

    assert response.status_code == 403
    assert editor_client.get(CHANGELIST).status_code == 403
    comment.refresh_from_db()
    assert comment.status == "pending"


def test_an_anonymous_visitor_cannot_moderate(client):
    comment = CommentFactory(status="pending")

    response = run_action(client, "approve", [comment])

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    comment.refresh_from_db()
    assert comment.status == "pending"


def test_staff_who_may_only_edit_comments_get_no_moderation_actions(
    django_user_model,
):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("ed2", is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_comment", "change_comment"])
    )
    browser = Client()
    browser.force_login(user)
    comment = CommentFactory(status="pending")

    changelist = browser.get(CHANGELIST)
    run_action(browser, "approve", [comment])

    assert changelist.context["action_form"] is None  # no actions offered
    comment.refresh_from_db()
    assert comment.status == "pending"


def test_a_decision_that_changes_nothing_keeps_the_earlier_record(moderator):
    earlier = timezone.now().replace(year=2024)
    comment = CommentFactory(status="approved", moderated_at=earlier)

    changed = moderate_comments(
        comments=Comment.objects.all(), decision="approved", by=moderator
    )

    comment.refresh_from_db()
    assert changed == 0
    assert comment.moderated_at == earlier
    assert comment.moderated_by is None


def test_an_unknown_decision_is_refused(moderator):
    with pytest.raises(ValueError):
        moderate_comments(
            comments=Comment.objects.all(), decision="maybe", by=moderator
        )


def test_a_moderator_edit_is_recorded_and_does_not_touch_the_status(
    moderator_client, moderator
):
    comment = CommentFactory(status="pending", text="Call me on 555-0100.")
    url = f"{CHANGELIST}{comment.pk}/change/"

    response = moderator_client.post(
        url,
        {"name": comment.name, "website": "", "text": "Call me.", "decision": ""},
    )

    comment.refresh_from_db()
    assert response.status_code == 302
    assert comment.text == "Call me."
    assert comment.edited_by == moderator
    assert comment.edited_at is not None
    assert comment.status == "pending"
    assert comment.moderated_by is None


def test_a_decision_on_the_comment_page_goes_through_the_moderation_service(
    moderator_client, moderator
):
    comment = CommentFactory(status="pending")

    moderator_client.post(
        f"{CHANGELIST}{comment.pk}/change/",
        {
            "name": comment.name,
            "website": "",
            "text": comment.text,
            "decision": "approved",
        },
    )

    comment.refresh_from_db()
    assert comment.status == "approved"
    assert comment.moderated_by == moderator
    assert comment.edited_by is None

    # The record names the moderator, with no link to a user page the
    # moderator may not open.
    page = moderator_client.get(f"{CHANGELIST}{comment.pk}/change/").content.decode()
    assert re.search(
        rf'field-decided_by.*?<div class="readonly">{moderator.username}</div>',
        page,
        re.S,
    )
    assert "/admin/auth/user/" not in page
    assert re.search(r'field-last_editor.*?<div class="readonly">-</div>', page, re.S)


def test_a_decision_on_the_comment_page_never_undoes_another_moderators_unseen(
    moderator_client, moderator, django_user_model
):
    """The page showed the comment pending; another moderator marked it as spam
    before this one chose Approve and saved: the spam decision stands, the
    edit is kept, and the message says who decided."""
    colleague = django_user_model.objects.create_user("lee", is_staff=True)
    comment = CommentFactory(status="pending", name="Ada")
    url = f"{CHANGELIST}{comment.pk}/change/"
    page = moderator_client.get(url).content.decode()
    assert '<input type="hidden" name="seen_status" value="pending"' in page
    moderate_comments(
        comments=Comment.objects.filter(pk=comment.pk), decision="spam", by=colleague
    )

    response = moderator_client.post(
        url,
        {
            "name": "Ada",
            "website": "",
            "text": "Edited to remove a phone number.",
            "decision": "approved",
            "seen_status": "pending",
        },
        follow=True,
    )

    comment.refresh_from_db()
    assert (comment.status, comment.moderated_by) == ("spam", colleague)
    assert comment.text == "Edited to remove a phone number."
    assert (
        "The comment by Ada was marked as spam by lee in the meantime, so it was "
        "not approved."
    ) in response.content.decode()


def test_nobody_adds_comments_in_the_admin(admin_client):
    assert admin_client.get(f"{CHANGELIST}add/").status_code == 403


def test_the_queue_says_why_a_comment_was_held_and_links_its_public_page(
    moderator_client,
):
    held = CommentFactory(status="pending", flag="likely spam: 4 links")
    html = moderator_client.get(CHANGELIST).content.decode()
    assert "Awaiting moderation (likely spam: 4 links)" in html
    change = moderator_client.get(f"{CHANGELIST}{held.pk}/change/").content.decode()
    assert f'href="{held.article.get_absolute_url()}"' in change


def test_a_comment_on_an_article_readers_cannot_open_says_so(moderator_client):
    """Approving it shows it to nobody: the queue, the comment's page and the
    reply form name the article's state instead of linking to a 404."""
    withdrawn = ArticleFactory(title="Port reform", status="withdrawn")
    held = CommentFactory(article=withdrawn, status="pending")
    note = '<span class="not-public">(not public: Withdrawn)</span>'

    queue = moderator_client.get(CHANGELIST).content.decode()
    change = moderator_client.get(f"{CHANGELIST}{held.pk}/change/").content.decode()
    reply = moderator_client.get(f"{CHANGELIST}{held.pk}/reply/").content.decode()

    for page in (queue, change, reply):
        assert f"Port reform</a> {note}" in page or f"Port reform {note}" in page
        assert f'href="{withdrawn.get_absolute_url()}' not in page
    assert "View on site" not in change


def test_a_bulk_action_on_a_stale_selection_says_what_it_left_alone(
    moderator_client, django_user_model
):
    """Four selected in the pending queue; meanwhile another moderator approved
    one and marked one as spam, and one was deleted. Only the fourth is
    approved (the other decisions stand), and the message says why."""
    colleague = django_user_model.objects.create_user("lee", is_staff=True)
    waiting, approved, spam, deleted = CommentFactory.create_batch(4, status="pending")
    for comment, decision in [(approved, "approved"), (spam, "spam")]:
        moderate_comments(
            comments=Comment.objects.filter(pk=comment.pk),
            decision=decision,
            by=colleague,
        )
    Comment.objects.filter(pk=deleted.pk).delete()  # its pk stays on `deleted`

    response = run_action(
        moderator_client, "approve", [waiting, approved, spam, deleted]
    )
    page = moderator_client.get(response["Location"]).content.decode()

    assert Comment.objects.get(pk=spam.pk).status == "spam"
    assert Comment.objects.get(pk=waiting.pk).status == "approved"
    assert "1 comment approved." in page
    assert (
        "Left alone, of those selected: 1 already approved, 1 marked as spam "
        "meanwhile, 1 deleted meanwhile."
    ) in page


def test_a_bulk_action_that_changed_nothing_is_a_warning(moderator_client, moderator):
    chosen = CommentFactory.create_batch(2, status="pending")
    moderate_comments(
        comments=Comment.objects.filter(pk__in=[c.pk for c in chosen]),
        decision="approved",
        by=moderator,
    )

    response = run_action(moderator_client, "remove", chosen)
    page = moderator_client.get(response["Location"]).content.decode()

    assert '<li class="warning">0 comments removed.</li>' in page
    assert "Left alone, of those selected: 2 approved meanwhile." in page


def test_a_bulk_action_in_the_list_of_every_status_keeps_a_colleagues_decision(
    moderator_client, django_user_model
):
    """The list of every status shows two comments awaiting moderation; a
    colleague marks one as spam before the moderator approves both: the status
    each row showed goes with the action, and the spam stays spam."""
    colleague = django_user_model.objects.create_user("lee", is_staff=True)
    kept, decided = CommentFactory.create_batch(2, status="pending")
    page = moderator_client.get(CHANGELIST, {"status": "all"}).content.decode()
    seen = dict(re.findall(r'name="(seen-\d+)" value="(\w+)"', page))
    assert seen == {f"seen-{kept.pk}": "pending", f"seen-{decided.pk}": "pending"}
    moderate_comments(
        comments=Comment.objects.filter(pk=decided.pk), decision="spam", by=colleague
    )

    response = moderator_client.post(
        f"{CHANGELIST}?status=all",
        {
            "action": "approve",
            "_selected_action": [str(kept.pk), str(decided.pk)],
            "index": "0",
            **seen,
        },
    )
    page = moderator_client.get(response["Location"]).content.decode()

    assert Comment.objects.get(pk=decided.pk).status == "spam"
    assert Comment.objects.get(pk=kept.pk).status == "approved"
    assert "Left alone, of those selected: 1 marked as spam meanwhile." in page


def select_all(client, action, status="pending"):
    """The action on every comment the list holds ("Select all … comments")."""
    return client.post(
        f"{CHANGELIST}?status={status}",
        {
            "action": action,
            "select_across": "1",
            "_selected_action": [str(Comment.objects.first().pk)],
            "index": "0",
        },
    )


def test_a_select_all_too_large_for_one_request_is_decided_in_the_background(
    moderator_client,
    django_user_model,
    monkeypatch,
    django_capture_on_commit_callbacks,
):
    """Past BACKGROUND_OVER comments the task worker decides, batch by batch;
    a comment a colleague decides in the meantime keeps their decision."""
    monkeypatch.setattr("comments.admin.BACKGROUND_OVER", 2)
    monkeypatch.setattr("comments.services.DECISION_BATCH", 2)
    colleague = django_user_model.objects.create_user("lee", is_staff=True)
    waiting = CommentFactory.create_batch(4, status="pending")
    CommentFactory(status="spam")  # not in the list

    with django_capture_on_commit_callbacks() as callbacks:
        response = select_all(moderator_client, "approve")
    moderate_comments(  # before the worker gets to it
        comments=Comment.objects.filter(pk=waiting[0].pk), decision="spam", by=colleague
    )
    page = moderator_client.get(response["Location"]).content.decode()
    assert "4 comments will be approved in the background" in page
    assert Comment.objects.filter(status="approved").count() == 0
    for callback in callbacks:
        callback()  # the worker's turn (the tests' backend runs it at once)

    assert Comment.objects.filter(status="approved").count() == 3
    assert Comment.objects.get(pk=waiting[0].pk).status == "spam"
    assert Comment.objects.filter(status="spam").count() == 2
    assert set(
        Comment.objects.filter(status="approved").values_list(
            "moderated_by__username", flat=True
        )
    ) == {"mod"}


def test_a_select_all_within_the_limit_is_decided_at_once(
    moderator_client, monkeypatch
):
    monkeypatch.setattr("comments.admin.BACKGROUND_OVER", 2)
    CommentFactory.create_batch(2, status="pending")

    response = select_all(moderator_client, "mark_spam")

    page = moderator_client.get(response["Location"]).content.decode()
    assert "2 comments marked as spam." in page
    assert Comment.objects.filter(status="spam").count() == 2
