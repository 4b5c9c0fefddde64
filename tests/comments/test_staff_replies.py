"""Replies as the journal: published at once, threaded, marked as the journal's."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.test import Client

from comments.models import MAX_DEPTH, Comment, ModerationLogEntry
from comments.services import reply_as_journal
from tests.factories import ArticleFactory, CommentFactory

pytestmark = pytest.mark.django_db

QUEUE = "/admin/comments/comment/"


def reply_url(comment):
    return f"{QUEUE}{comment.pk}/reply/"


def test_a_reply_is_published_at_once_under_the_readers_comment(moderator, settings):
    parent = CommentFactory(status="approved")

    reply = reply_as_journal(parent=parent, text="Thank you, we agree.", by=moderator)

    assert reply.status == Comment.Status.APPROVED
    assert reply.by_staff is True
    assert reply.parent == parent
    assert reply.depth == parent.depth + 1
    assert reply.article_id == parent.article_id
    assert reply.name == settings.SITE_NAME
    assert reply.moderated_by == moderator
    entry = ModerationLogEntry.objects.get(comment=reply)
    assert (entry.action, entry.moderator, entry.to_status) == (
        "reply",
        moderator,
        "approved",
    )


def test_replying_to_a_pending_comment_approves_it_on_record(moderator):
    parent = CommentFactory(status="pending")

    reply_as_journal(parent=parent, text="Welcome.", by=moderator)

    parent.refresh_from_db()
    assert parent.status == "approved"
    decision = ModerationLogEntry.objects.get(comment=parent)
    assert (decision.from_status, decision.to_status) == ("pending", "approved")


@pytest.mark.parametrize("status", ["spam", "removed"])
def test_a_hidden_comment_cannot_be_answered(moderator, status):
    parent = CommentFactory(status=status)

    with pytest.raises(ValidationError):
        reply_as_journal(parent=parent, text="Hello.", by=moderator)

    assert not Comment.objects.filter(by_staff=True).exists()


def test_at_the_deepest_level_the_reply_goes_beside_the_comment(moderator):
    top = CommentFactory()
    middle = CommentFactory(article=top.article, parent=top)
    deepest = CommentFactory(article=top.article, parent=middle)
    assert deepest.depth == MAX_DEPTH

    reply = reply_as_journal(parent=deepest, text="Noted.", by=moderator)

    assert reply.parent == middle
    assert reply.depth == MAX_DEPTH


def test_the_reply_page_shows_the_thread_and_publishes_the_reply(
    moderator_client, moderator
):
    article = ArticleFactory()
    parent = CommentFactory(article=article, status="pending", text="Is this right?")
    back = f"{QUEUE}?status=pending"

    form = moderator_client.get(
        reply_url(parent), HTTP_REFERER=f"http://testserver{back}"
    )
    response = moderator_client.post(
        reply_url(parent), {"text": "Yes, see the second table.", "next": back}
    )

    page = form.content.decode()
    assert "Is this right?" in page
    assert '<label for="id_text">Your reply, as the journal:</label>' in page
    assert 'name="csrfmiddlewaretoken"' in page
    assert f'name="next" value="http://testserver{back}"' in page
    assert "replying approves it" in page
    assert response.status_code == 302
    assert response["Location"] == back
    reply = Comment.objects.get(by_staff=True)
    assert reply.parent == parent and reply.text == "Yes, see the second table."
    messages = moderator_client.get(back).content.decode()
    assert "Your reply to" in messages
    assert f'href="{reply.get_absolute_url()}"' in messages


def test_an_empty_reply_is_refused_with_a_message(moderator_client):
    parent = CommentFactory()

    response = moderator_client.post(reply_url(parent), {"text": "  "})

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not Comment.objects.filter(by_staff=True).exists()


def test_only_moderators_may_reply_as_the_journal(editor_client, django_user_model):
    parent = CommentFactory()
    clerk = django_user_model.objects.create_user("clerk", is_staff=True)
    clerk.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_comment", "change_comment"])
    )
    clerk_client = Client()
    clerk_client.force_login(clerk)

    assert editor_client.get(reply_url(parent)).status_code == 403
    assert clerk_client.post(reply_url(parent), {"text": "Hi"}).status_code == 403
    assert Client().post(reply_url(parent), {"text": "Hi"}).status_code == 302
    assert not Comment.objects.filter(by_staff=True).exists()


def test_the_reply_is_threaded_counted_and_shown_on_the_cached_page(
    moderator_client, moderator, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_ENABLED = True
    article = ArticleFactory()
    parent = CommentFactory(article=article, text="A reader's question.")
    url = article.get_absolute_url()
    assert "1 comment<" in Client().get(url).content.decode()  # now cached

    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(reply_url(parent), {"text": "The journal answers."})

    html = Client().get(url).content.decode()
    reply = Comment.objects.get(by_staff=True)
    assert "2 comments<" in html
    assert re.search(
        rf'id="comment-{parent.pk}".*?comment-list--replies.*?'
        rf'id="comment-{reply.pk}".*?The journal answers\.',
        html,
        re.DOTALL,
    )
    badge = re.search(
        rf'id="comment-{reply.pk}".*?<p class="comment__author">(.*?)</p>', html, re.S
    )
    assert badge.group(1) == (
        f'{settings.SITE_NAME} <span class="comment__staff">Staff</span>'
    )
    assert html.count('class="comment__staff"') == 1


def test_the_queue_and_the_thread_mark_the_journals_replies(
    moderator_client, moderator
):
    parent = CommentFactory()
    reply = reply_as_journal(parent=parent, text="Our answer.", by=moderator)

    queue = moderator_client.get(QUEUE, {"status": "approved"}).content.decode()
    thread = moderator_client.get(f"{QUEUE}{parent.pk}/change/").content.decode()

    assert "Approved (the journal&#x27;s reply)" in queue
    assert '<span class="staff-badge">Staff</span>' in thread
    assert f'href="/admin/comments/comment/{reply.pk}/change/"' in thread


def test_a_moderator_replying_on_the_page_gets_the_journals_form(moderator_client):
    parent = CommentFactory(status="approved")

    response = moderator_client.get(f"/comments/reply/{parent.pk}/")

    assert response.status_code == 302
    assert response["Location"].startswith(reply_url(parent))
    form = moderator_client.get(response["Location"])
    assert form.status_code == 200
    answered = moderator_client.post(
        response["Location"], {"text": "Thank you for reading closely."}
    )
    assert answered["Location"] == parent.get_absolute_url()  # back on the page
    reply = Comment.objects.get(parent=parent)
    assert (reply.status, reply.by_staff) == ("approved", True)
    page = Client().get(parent.article.get_absolute_url()).content.decode()
    assert "Thank you for reading closely." in page


def test_readers_and_other_staff_reply_with_the_readers_form(client, editor_client):
    parent = CommentFactory(status="approved")
    for someone in (client, editor_client):
        response = someone.get(f"/comments/reply/{parent.pk}/")
        assert response.status_code == 200
        assert 'name="email"' in response.content.decode()


def test_the_comment_state_tells_the_script_who_answers_as_the_journal(
    client, moderator_client
):
    article = ArticleFactory()
    state_url = f"/comments/{article.slug}/state/"
    assert client.get(state_url).json()["repliesAsJournal"] is False
    assert moderator_client.get(state_url).json()["repliesAsJournal"] is True


def test_a_reply_to_a_comment_deleted_meanwhile_keeps_the_text(moderator_client):
    """The reader's data was erased while the moderator wrote: nothing is
    published, and the reply comes back in the form, not as a 404."""
    parent = CommentFactory()
    url = reply_url(parent)
    Comment.objects.filter(pk=parent.pk).delete()
    back = f"{QUEUE}?status=pending"

    response = moderator_client.post(
        url, {"text": "A careful answer, ten minutes' work.", "next": back}
    )
    opened = moderator_client.get(url, {"next": back}, follow=True)

    page = response.content.decode()
    assert response.status_code == 200
    assert "The comment you were answering no longer exists" in page
    assert "A careful answer, ten minutes&#x27; work.</textarea>" in page
    assert not Comment.objects.filter(by_staff=True).exists()
    assert opened.redirect_chain == [(back, 302)]
    assert "That comment no longer exists" in opened.content.decode()
