"""Moderators hear about each new pending comment once, after it is saved."""

import logging

import pytest
from django.core import mail

from comments.models import BlocklistEntry, Comment
from comments.tasks import notify_moderators
from tests.comments.conftest import comment_data, post_url
from tests.factories import ArticleFactory, CommentFactory

pytestmark = pytest.mark.django_db


def test_a_new_comment_emails_the_moderators_once_after_commit(
    client, django_capture_on_commit_callbacks
):
    article = ArticleFactory(title="On budget rules")

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(post_url(article), comment_data(article, text="Worth reading."))
        assert mail.outbox == []  # nothing leaves before the commit
    for callback in callbacks:
        callback()

    comment = Comment.objects.get()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["desk@example.com"]
    assert "On budget rules" in message.subject
    assert "Worth reading." in message.body
    assert f"/admin/comments/comment/{comment.pk}/change/" in message.body


def test_the_email_names_the_thread_and_the_website(
    client, django_capture_on_commit_callbacks
):
    parent = CommentFactory(name="Sunniva Holt")
    article = parent.article
    data = comment_data(
        article, text="Agreed.", parent=parent.pk, website="https://spam.example"
    )

    with django_capture_on_commit_callbacks(execute=True):
        client.post(post_url(article), data)

    body = mail.outbox[0].body
    assert "In reply to: Sunniva Holt\n" in body
    assert "Website: https://spam.example\n" in body
    assert f"{article.get_absolute_url()}\n" in body
    assert "\n\n\n" not in body  # no blank line left by a detail it lacks


def test_without_a_configured_list_the_moderators_group_is_emailed(
    client, settings, moderator, django_user_model, django_capture_on_commit_callbacks
):
    settings.COMMENTS_MODERATOR_EMAILS = []
    django_user_model.objects.create_user("gone", "gone@example.com", is_active=False)
    article = ArticleFactory()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(post_url(article), comment_data(article))

    assert [m.to for m in mail.outbox] == [["mod@example.com"]]


def test_spam_and_rejected_forms_email_nobody(
    client, django_capture_on_commit_callbacks
):
    article = ArticleFactory()
    BlocklistEntry.objects.create(kind="word", value="casino")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(post_url(article), comment_data(article, text="casino bonus"))
        client.post(post_url(article), comment_data(article, homepage="x"))
        client.post(post_url(article), comment_data(article, name=""))

    assert Comment.objects.filter(status="spam").count() == 2
    assert mail.outbox == []


def test_a_mail_failure_is_logged_and_the_reader_is_not_troubled(
    client, mail_server_down, caplog, django_capture_on_commit_callbacks
):
    article = ArticleFactory()

    with (
        caplog.at_level(logging.ERROR, logger="django_tasks"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(post_url(article), comment_data(article))

    assert response.status_code == 302
    assert Comment.objects.count() == 1
    assert "comments.tasks.notify_moderators state=FAILED" in caplog.text
    assert "ConnectionRefusedError" in caplog.text


def test_a_comment_moderated_or_deleted_before_the_task_runs_is_not_emailed():
    approved = CommentFactory(status=Comment.Status.APPROVED)

    notify_moderators.call(comment_id=approved.pk)
    notify_moderators.call(comment_id=approved.pk + 1)

    assert mail.outbox == []


def test_a_comment_on_a_headline_with_a_line_break_is_emailed(
    client, django_capture_on_commit_callbacks
):
    article = ArticleFactory(title="On budget rules\nCc: someone@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(post_url(article), comment_data(article, text="Worth reading."))
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject.endswith(
        "New comment on “On budget rules Cc: someone@example.com”"
    )
    assert mail.outbox[0].cc == []
