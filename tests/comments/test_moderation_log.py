"""The moderation log: every decision and edit, who and when, kept and shown."""

from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from comments.models import Comment, ModerationLogEntry
from comments.services import edit_comment, moderate_comments
from tests.factories import CommentFactory

pytestmark = pytest.mark.django_db

QUEUE = "/admin/comments/comment/"
LOG = "/admin/comments/moderationlogentry/"


def statements(queries, start):
    return [q for q in queries if q["sql"].startswith(start)]


def test_a_single_decision_is_logged_from_and_to(moderator):
    comment = CommentFactory(status="pending")

    moderate_comments(
        comments=Comment.objects.filter(pk=comment.pk), decision="spam", by=moderator
    )
    moderate_comments(
        comments=Comment.objects.filter(pk=comment.pk),
        decision="approved",
        by=moderator,
    )

    log = list(ModerationLogEntry.objects.filter(comment=comment).order_by("at", "pk"))
    assert [(e.from_status, e.to_status) for e in log] == [
        ("pending", "spam"),
        ("spam", "approved"),
    ]
    assert all(e.moderator == moderator and not e.bulk for e in log)


def test_a_bulk_action_is_one_update_one_insert_one_purge_and_logs_each(
    moderator_client, moderator
):
    chosen = CommentFactory.create_batch(50, status="pending")
    chosen[0].status = "spam"
    chosen[0].save()

    with CaptureQueriesContext(connection) as queries:
        moderator_client.post(
            f"{QUEUE}?status=all",
            {
                "action": "approve",
                "_selected_action": [str(c.pk) for c in chosen],
                "index": "0",
            },
        )

    assert len(statements(queries, 'UPDATE "comments_comment"')) == 1
    assert len(statements(queries, 'INSERT INTO "comments_moderationlogentry"')) == 1
    # One purge: the generation counter once (the cache in front, when there
    # is one, hears of it in one task after commit).
    assert len(statements(queries, 'UPDATE "thinktank_purgedkey"')) == 1
    log = ModerationLogEntry.objects.filter(action="decision")
    assert log.count() == 50
    assert set(log.values_list("bulk", "to_status", "moderator")) == {
        (True, "approved", moderator.pk)
    }
    assert log.get(comment=chosen[0]).from_status == "spam"
    assert log.filter(from_status="pending").count() == 49


def test_an_edit_is_logged_field_by_field_with_before_and_after(
    moderator_client, moderator
):
    comment = CommentFactory(
        status="pending", name="Ada Lovelace", text="Call me on 555-0100."
    )

    moderator_client.post(
        f"{QUEUE}{comment.pk}/change/",
        {"name": "Ada L.", "website": "", "text": "Call me.", "decision": ""},
    )

    edits = {
        e.field: (e.before, e.after, e.moderator)
        for e in ModerationLogEntry.objects.filter(comment=comment, action="edit")
    }
    assert edits == {
        "name": ("Ada Lovelace", "Ada L.", moderator),
        "text": ("Call me on 555-0100.", "Call me.", moderator),
    }
    comment.refresh_from_db()
    assert comment.edited_by == moderator
    assert comment.status == "pending"


def test_an_edit_that_removes_personal_data_keeps_no_copy_of_it(
    moderator_client, moderator
):
    comment = CommentFactory(status="pending", name="Ada", text="Ring 555-0100.")
    edit_comment(comment=comment, changes={"text": "Ring 555-0199."}, by=moderator)
    url = f"{QUEUE}{comment.pk}/change/"
    moderator_client.post(url, {"name": "Ada", "website": "", "text": "Ring me."})
    assert "555-0100" in moderator_client.get(url).content.decode()

    moderator_client.post(
        url,
        {
            "name": "Ada",
            "website": "",
            "text": "[phone number removed]",
            "removes_personal_data": "on",
        },
    )

    edits = ModerationLogEntry.objects.filter(comment=comment, action="edit")
    assert edits.count() == 3
    assert {(e.before, e.after, e.personal_data_removed) for e in edits} == {
        ("", "", True)
    }
    page = moderator_client.get(url).content.decode()
    assert "edited to remove personal data" in page
    assert "555-01" not in page and "Ring me." not in page
    # Django's admin log names the comment by its words now.
    history = moderator_client.get(f"{url}../history/").content.decode()
    assert "555-01" not in history
    assert LogEntry.objects.filter(object_id=str(comment.pk)).exists()
    assert not LogEntry.objects.filter(object_repr__contains="555").exists()


def test_an_unchanged_edit_logs_nothing(moderator):
    comment = CommentFactory(text="Same.")

    assert edit_comment(comment=comment, changes={"text": "Same."}, by=moderator) == []
    assert not ModerationLogEntry.objects.exists()


def test_the_comment_page_shows_its_log(moderator_client, moderator):
    comment = CommentFactory(status="pending", text="Before the edit.")
    moderate_comments(
        comments=Comment.objects.filter(pk=comment.pk), decision="spam", by=moderator
    )
    edit_comment(comment=comment, changes={"text": "After the edit."}, by=moderator)

    html = moderator_client.get(f"{QUEUE}{comment.pk}/change/").content.decode()

    assert "Awaiting moderation → Spam" in html
    assert "Before the edit." in html and "After the edit." in html
    assert html.count("<td>mod</td>") == 2


def test_moderators_filter_the_log_by_moderator_decision_and_date(
    moderator_client, moderator, django_user_model
):
    other = django_user_model.objects.create_user("other", is_staff=True)
    mine = CommentFactory(status="pending")
    theirs = CommentFactory(status="pending")
    moderate_comments(
        comments=Comment.objects.filter(pk=mine.pk), decision="spam", by=moderator
    )
    moderate_comments(
        comments=Comment.objects.filter(pk=theirs.pk), decision="approved", by=other
    )
    old = ModerationLogEntry.objects.get(comment=theirs)
    old.at = timezone.now() - timedelta(days=60)
    old.save()

    def listed(**params):
        response = moderator_client.get(LOG, params)
        assert response.status_code == 200
        return [e.comment_id for e in response.context["cl"].result_list]

    assert listed() == [mine.pk, theirs.pk]
    assert listed(moderator=str(moderator.pk)) == [mine.pk]
    assert listed(to_status__exact="approved") == [theirs.pk]
    assert listed(action__exact="edit") == []
    week = str(timezone.localtime().replace(hour=0, minute=0) - timedelta(days=7))
    assert listed(at__gte=week) == [mine.pk]


def test_nobody_edits_or_deletes_the_log(moderator_client, admin_client, moderator):
    comment = CommentFactory(status="pending")
    moderate_comments(
        comments=Comment.objects.filter(pk=comment.pk), decision="spam", by=moderator
    )
    entry = ModerationLogEntry.objects.get()

    assert moderator_client.get(f"{LOG}{entry.pk}/change/").status_code == 200
    assert admin_client.get(f"{LOG}add/").status_code == 403
    assert admin_client.post(f"{LOG}{entry.pk}/delete/").status_code == 403
    admin_client.post(f"{LOG}{entry.pk}/change/", {"to_status": "approved"})
    entry.refresh_from_db()
    assert entry.to_status == "spam"


def test_the_comments_history_page_is_its_log(moderator_client, moderator):
    comment = CommentFactory(status="pending")
    moderate_comments(
        comments=Comment.objects.filter(pk=comment.pk),
        decision="approved",
        by=moderator,
    )

    response = moderator_client.get(f"{QUEUE}{comment.pk}/history/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Awaiting moderation → Approved" in html
    assert "doesn’t have a change history" not in html


def test_the_history_page_needs_the_view_permission(client, django_user_model):
    comment = CommentFactory(status="pending", text="Not for you.")
    moderate_comments(
        comments=Comment.objects.filter(pk=comment.pk), decision="spam", by=None
    )
    client.force_login(django_user_model.objects.create_user("writer", is_staff=True))

    response = client.get(f"{QUEUE}{comment.pk}/history/")

    assert response.status_code == 403


def test_the_log_is_filtered_by_decision(moderator_client):
    """docs/comments.md: filterable by moderator, action, decision and date.
    The status filter was titled after its column, "By to"."""
    response = moderator_client.get(LOG)
    html = response.content.decode()
    assert 'data-filter-title="decision"' in html
    assert "By decision" in html
    assert "By to\n" not in html and 'data-filter-title="to"' not in html


def test_an_entrys_page_names_the_moderator_as_text(moderator_client, moderator):
    """The moderator's name linked to their user page, which answered a
    moderator 403 Forbidden; and the comment was listed twice."""
    comment = CommentFactory(status="pending", name="Cosmo")
    moderate_comments(
        comments=Comment.objects.filter(pk=comment.pk),
        decision="approved",
        by=moderator,
    )
    entry = ModerationLogEntry.objects.get(comment=comment)

    html = moderator_client.get(f"{LOG}{entry.pk}/change/").content.decode()

    assert "/admin/auth/user/" not in html
    assert f'<div class="readonly">{moderator.username}</div>' in html
    assert html.count("<label>Comment:</label>") == 1
    assert (
        moderator_client.get(f"/admin/auth/user/{moderator.pk}/change/").status_code
        == 403
    )


def test_the_log_counts_its_entries_in_words_that_read(moderator_client, moderator):
    """The count under the log read "2 moderation log"."""
    for name in ("Ann", "Bo"):
        moderate_comments(
            comments=Comment.objects.filter(pk=CommentFactory(name=name).pk),
            decision="spam",
            by=moderator,
        )

    html = moderator_client.get(LOG).content.decode()

    assert "2 moderation log entries" in html
