"""IP retention, and exporting or erasing one commenter's data."""

import json
from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.core.management import CommandError, call_command
from django.utils import timezone

from comments.models import Comment, ModerationLogEntry
from comments.services import edit_comment
from tests.factories import CommentFactory
from thinktank.models import PurgedKey

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def test_ip_addresses_are_blanked_after_the_retention_period(settings, capsys):
    settings.COMMENTS_IP_RETENTION_DAYS = 90
    old = CommentFactory(created_at=days_ago(91))
    recent = CommentFactory(created_at=days_ago(89))

    call_command("purge_comment_ips")

    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.ip_address, old.user_agent) == (None, "")
    assert recent.ip_address == "192.0.2.10"
    assert recent.user_agent
    assert old.text  # only the network data goes
    assert "Blanked IP addresses of 1 comment(s)" in capsys.readouterr().out


def test_the_retention_period_can_be_overridden_for_one_run():
    comment = CommentFactory(created_at=days_ago(10))

    call_command("purge_comment_ips", days=7)

    comment.refresh_from_db()
    assert comment.ip_address is None


def test_old_spam_is_deleted_and_nothing_else(settings, capsys, monkeypatch):
    settings.COMMENTS_SPAM_RETENTION_DAYS = 30
    monkeypatch.setattr("comments.services.DECISION_BATCH", 2)  # several rounds
    old_spam = [
        CommentFactory(status="spam", created_at=days_ago(31)) for _ in range(3)
    ]
    kept = [
        CommentFactory(status="spam", created_at=days_ago(29)),
        *(CommentFactory(status=s, created_at=days_ago(400)) for s in
          ("approved", "pending", "removed")),
    ]  # fmt: skip
    counter = PurgedKey.objects.filter(name=PurgedKey.COUNTER)
    generation = counter.values_list("generation", flat=True).first()

    call_command("delete_old_spam")

    assert not Comment.objects.filter(pk__in=[c.pk for c in old_spam]).exists()
    assert Comment.objects.filter(pk__in=[c.pk for c in kept]).count() == 4
    assert "Deleted 3 spam comment(s) older than 30 days." in capsys.readouterr().out
    # Readers never saw spam: no page was purged.
    assert counter.values_list("generation", flat=True).first() == generation


def test_deleting_an_approved_comment_still_purges_its_page():
    comment = CommentFactory()
    key = PurgedKey.objects.filter(name=f"article-{comment.article_id}")
    before = key.values_list("generation", flat=True).first() or 0

    comment.delete()

    assert key.get().generation > before


def test_everything_stored_for_one_email_can_be_exported(capsys):
    CommentFactory(email="ada@example.com", text="First.", status="approved")
    CommentFactory(email="ada@example.com", text="Second.", status="spam")
    CommentFactory(email="bea@example.com", text="Not hers.")

    call_command("comment_data", "ADA@example.com", "--export")

    data = json.loads(capsys.readouterr().out)
    assert data["email"] == "ada@example.com"
    assert sorted(c["text"] for c in data["comments"]) == ["First.", "Second."]
    first = data["comments"][0]
    assert set(first) >= {"name", "email", "website", "ip_address", "user_agent"}
    assert first["article_url"].startswith("http")


def test_the_export_holds_what_moderators_edits_changed(capsys, moderator):
    comment = CommentFactory(email="ada@example.com", text="Call me on 555-0100.")
    edit_comment(comment=comment, changes={"text": "Call me."}, by=moderator)

    call_command("comment_data", "ada@example.com", "--export")

    (exported,) = json.loads(capsys.readouterr().out)["comments"]
    assert exported["text"] == "Call me."
    assert [
        (e["field"], e["before"], e["after"]) for e in exported["edited_by_moderators"]
    ] == [("text", "Call me on 555-0100.", "Call me.")]


def test_erasing_one_email_deletes_its_comments_and_keeps_others_replies(client):
    hers = CommentFactory(email="ada@example.com", text="Hers.")
    reply = CommentFactory(article=hers.article, parent=hers, text="A reply to her.")
    CommentFactory(email="bea@example.com")

    call_command("comment_data", "ada@example.com", "--erase")

    assert not Comment.objects.filter(email="ada@example.com").exists()
    reply.refresh_from_db()
    assert reply.parent is None
    html = client.get(hers.article.get_absolute_url()).content.decode()
    assert "A reply to her." in html
    assert "Hers." not in html
    assert Comment.objects.count() == 2


def test_erasing_takes_the_moderation_and_admin_logs_of_the_comments(
    moderator_client, moderator, capsys
):
    hers = CommentFactory(email="ada@example.com", name="Ada", text="Ring 555-0100.")
    moderator_client.post(
        f"/admin/comments/comment/{hers.pk}/change/",
        {"name": "Ada", "website": "", "text": "Ring 555-0100 (edited)."},
    )
    assert LogEntry.objects.filter(object_repr__contains="555").exists()

    call_command("comment_data", "ada@example.com", "--erase")

    assert "Erased 1 comment(s)" in capsys.readouterr().out
    assert not LogEntry.objects.filter(object_repr__contains="555").exists()
    assert not ModerationLogEntry.objects.exists()


def test_the_data_command_needs_an_email_and_one_action():
    with pytest.raises(CommandError, match="not an email address"):
        call_command("comment_data", "nobody", "--export")
    with pytest.raises(CommandError):
        call_command("comment_data", "ada@example.com")
