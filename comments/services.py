"""Decisions about comments: post, moderate, notify, and handle personal data.

The public form, the admin and the management commands all come through here,
so "approve" or "erase" means one thing wherever it is done.
"""

import logging
import threading
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from articles import keys
from thinktank.pagecache import purge

from .models import Comment
from .spam import assess

logger = logging.getLogger(__name__)

MODERATORS_GROUP = "Moderators"


def comments_are_open(article):
    """Whether readers may comment on `article` now."""
    if not (article.allow_comments and article.is_published):
        return False
    days = settings.COMMENTS_CLOSE_AFTER_DAYS
    return days is None or timezone.now() < article.publish_at + timedelta(days=days)


@transaction.atomic
def post_comment(
    *, article, parent, name, email, website, text, ip, user_agent, trap_filled=False
):
    """Store a reader's comment where the spam defences send it; return it.

    Moderators hear about a comment waiting for them once it is committed.
    """
    verdict = assess(
        name=name,
        email=email,
        website=website,
        text=text,
        ip=ip,
        trap_filled=trap_filled,
    )
    status = verdict.status
    if (
        status == Comment.Status.PENDING
        and not verdict.flag
        and settings.COMMENTS_AUTO_APPROVE_KNOWN
        and Comment.objects.approved().filter(email=email.strip().lower()).exists()
    ):
        status = Comment.Status.APPROVED
    comment = Comment.objects.create(
        article=article,
        parent=parent,
        name=name,
        email=email,
        website=website,
        text=text,
        status=status,
        flag=verdict.flag,
        ip_address=ip,
        user_agent=user_agent[: Comment._meta.get_field("user_agent").max_length],
    )
    if status == Comment.Status.PENDING:
        transaction.on_commit(partial(notify_moderators, comment), robust=True)
    return comment


@transaction.atomic
def moderate_comments(*, comments, decision, by):
    """Give every comment in the queryset `comments` the status `decision`.

    One UPDATE however many are selected; records who decided and when on each
    comment whose status changes. Returns how many changed.
    """
    decision = Comment.Status(decision)
    changing = comments.exclude(status=decision)
    articles = set(changing.order_by().values_list("article_id", flat=True).distinct())
    changed = changing.update(
        status=decision, moderated_by=by, moderated_at=timezone.now()
    )
    if changed:
        # update() sends no signals: purge the pages of the articles touched.
        purge([keys.article(pk) for pk in articles])
    return changed


def moderator_emails():
    """COMMENTS_MODERATOR_EMAILS, or else the active Moderators' addresses."""
    if settings.COMMENTS_MODERATOR_EMAILS:
        return list(settings.COMMENTS_MODERATOR_EMAILS)
    return sorted(
        set(
            get_user_model()
            .objects.filter(is_active=True, groups__name=MODERATORS_GROUP)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    )


def notify_moderators(comment):
    """Email the moderators about one new comment, without holding up the reader.

    Delivery runs on its own thread; a failure is logged, never raised.
    """
    recipients = moderator_emails()
    if not recipients:
        logger.info("Comment %s awaits moderation; no moderator email set.", comment.pk)
        return
    link = settings.SITE_URL + reverse(
        "admin:comments_comment_change", args=[comment.pk]
    )
    flag = f"Flagged: {comment.flag}\n" if comment.flag else ""
    body = (
        f"A new comment is waiting for moderation.\n\n"
        f"Article: {comment.article.title}\n"
        f"From: {comment.name} <{comment.email}>\n"
        f"IP address: {comment.ip_address or 'unknown'}\n"
        f"{flag}\n"
        f"{comment.text}\n\n"
        f"Review it: {link}\n"
    )
    message = EmailMessage(
        subject=f"[{settings.SITE_NAME}] New comment on “{comment.article.title}”",
        body=body,
        to=recipients,
    )
    _in_background(partial(_deliver, message, comment.pk))


def _deliver(message, comment_pk):
    try:
        message.send()
    except Exception:
        logger.exception("Could not email moderators about comment %s.", comment_pk)


def _in_background(task):
    """Run `task` on its own thread, so a slow mail server never holds up a page."""
    thread = threading.Thread(target=task, name="comment-notification", daemon=True)
    thread.start()
    return thread


def blank_old_ip_addresses(*, days):
    """Blank the IP address and browser of comments older than `days` days.

    Returns how many comments were changed; one UPDATE.
    """
    cutoff = timezone.now() - timedelta(days=days)
    return (
        Comment.objects.filter(created_at__lt=cutoff)
        .exclude(ip_address__isnull=True, user_agent="")
        .update(ip_address=None, user_agent="")
    )


def personal_data(*, email):
    """Everything stored for the commenter `email`, as plain data."""
    comments = Comment.objects.filter(email=email.strip().lower()).select_related(
        "article"
    )
    return {
        "email": email.strip().lower(),
        "comments": [
            {
                "article": comment.article.title,
                "article_url": settings.SITE_URL + comment.article.get_absolute_url(),
                "in_reply_to": comment.parent_id,
                "id": comment.pk,
                "name": comment.name,
                "email": comment.email,
                "website": comment.website,
                "text": comment.text,
                "status": comment.status,
                "posted": comment.created_at.isoformat(),
                "ip_address": comment.ip_address,
                "user_agent": comment.user_agent,
            }
            for comment in comments
        ],
    }


@transaction.atomic
def erase_personal_data(*, email):
    """Delete every comment stored for `email`; replies by others stay.

    Returns how many comments were deleted.
    """
    deleted, _ = Comment.objects.filter(email=email.strip().lower()).delete()
    return deleted
