"""Decisions about comments: post, moderate, notify, and handle personal data.

The public form, the admin and the management commands all come through here,
so "approve" or "erase" means one thing wherever it is done.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone

from articles import keys
from thinktank.links import absolute_url
from thinktank.mail import subject_line
from thinktank.pagecache import purge

from .models import Comment, ModerationLogEntry, normalize_email
from .spam import assess

logger = logging.getLogger(__name__)

MODERATORS_GROUP = "Moderators"
# A decision on more comments than this (a select-all across the queue's pages)
# takes one UPDATE and one INSERT per this many, within both databases'
# limits on the parameters of one statement.
DECISION_BATCH = 2000
# A select-all of more comments than this is decided by the task worker
# (comments.tasks.decide_in_background), DECISION_BATCH at a time: deciding all 200,008
# comments awaiting moderation on the benchmark's PostgreSQL database (1,000,000
# comments) took 30.6 s in one request, past gunicorn's 30 s timeout.
BACKGROUND_OVER = 10_000


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

    The caller tells the moderators about a comment left waiting for them
    (comments.views.post queues tasks.notify_moderators on commit).
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
        # A reader's own approved comment: the journal's replies carry its
        # From address, which any reader may type.
        and Comment.objects.approved()
        .filter(email=normalize_email(email), by_staff=False)
        .exists()
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
    return comment


@transaction.atomic
def moderate_comments(*, comments, decision, by):
    """Give every comment in the queryset `comments` the status `decision`.

    Reads the comments that change (locking them), then one UPDATE and one
    INSERT for the moderation log, however many are selected (per
    DECISION_BATCH comments beyond that), and one purge of the pages showing
    the comments readers saw or will see (approved before or now). Each
    changed comment records who decided last and when; the log keeps every
    decision, from which status to which. Returns how many changed.
    """
    decision = Comment.Status(decision)
    changing = list(
        comments.exclude(status=decision)
        .order_by()
        .select_for_update()
        .values_list("pk", "status", "article_id")
    )
    if not changing:
        return 0
    now = timezone.now()
    for start in range(0, len(changing), DECISION_BATCH):
        Comment.objects.filter(
            pk__in=[pk for pk, _, _ in changing[start : start + DECISION_BATCH]]
        ).update(status=decision, moderated_by=by, moderated_at=now)
    ModerationLogEntry.objects.bulk_create(
        [
            ModerationLogEntry(
                comment_id=pk,
                moderator=by,
                at=now,
                action=ModerationLogEntry.Action.DECISION,
                from_status=status,
                to_status=decision,
                bulk=len(changing) > 1,
            )
            for pk, status, _ in changing
        ],
        batch_size=DECISION_BATCH,
    )
    # update() sends no signals: purge the pages of the articles touched, where
    # readers saw the comment or will (spam caught in the queue changes none).
    approved = Comment.Status.APPROVED
    shown = [a for _, status, a in changing if approved in (status, decision)]
    if shown:
        purge(keys.of_comments(shown))
    return len(changing)


@transaction.atomic
def edit_comment(*, comment, changes, by, removes_personal_data=False):
    """Set the fields in `changes` ({name: new text}) on `comment` and log each
    edit with the text before and after. Returns the fields that changed.

    An edit that `removes_personal_data` (a phone number, an address the
    reader wrote) keeps no copy of it: its log entry and the earlier ones of
    the same fields hold no text before or after, and Django's admin log
    names the comment by its new words."""
    current = Comment.objects.select_for_update().only(*changes).get(pk=comment.pk)
    edited = {
        name: (getattr(current, name), value)
        for name, value in changes.items()
        if getattr(current, name) != value
    }
    if not edited:
        return []
    now = timezone.now()
    for name, (_, value) in edited.items():
        setattr(comment, name, value)
    comment.edited_by = by
    comment.edited_at = now
    comment.save(update_fields=[*edited, "edited_by", "edited_at"])
    if removes_personal_data:
        comment.log_entries.filter(field__in=edited).update(
            before="", after="", personal_data_removed=True
        )
        LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Comment),
            object_id=str(comment.pk),
        ).update(object_repr=str(comment)[:200])
    ModerationLogEntry.objects.bulk_create(
        ModerationLogEntry(
            comment=comment,
            moderator=by,
            at=now,
            action=ModerationLogEntry.Action.EDIT,
            field=name,
            before="" if removes_personal_data else before,
            after="" if removes_personal_data else after,
            personal_data_removed=removes_personal_data,
        )
        for name, (before, after) in edited.items()
    )
    return list(edited)


@transaction.atomic
def reply_as_journal(*, parent, text, by):
    """Publish `text` at once as the journal's reply to the comment `parent`.

    The reply carries the journal's name and the staff mark, is approved and
    logged as `by`'s. A pending `parent` is approved first (a reply under a
    hidden comment would stand alone); a comment marked as spam or removed
    cannot be answered (ValidationError). Under a comment at the deepest level
    the reply goes beside it, under the same parent. Returns the reply.
    """
    parent = Comment.objects.select_for_update().get(pk=parent.pk)
    if parent.status == Comment.Status.PENDING:
        moderate_comments(
            comments=Comment.objects.filter(pk=parent.pk),
            decision=Comment.Status.APPROVED,
            by=by,
        )
    elif parent.status != Comment.Status.APPROVED:
        raise ValidationError(
            "Only an approved or pending comment can be answered.",
            code="reply_to_hidden",
        )
    now = timezone.now()
    reply = Comment.objects.create(
        article_id=parent.article_id,
        parent_id=parent.pk if parent.can_have_replies else parent.parent_id,
        name=settings.SITE_NAME,
        email=settings.DEFAULT_FROM_EMAIL,
        text=text,
        status=Comment.Status.APPROVED,
        by_staff=True,
        created_at=now,
        moderated_by=by,
        moderated_at=now,
    )
    ModerationLogEntry.objects.create(
        comment=reply,
        moderator=by,
        at=now,
        action=ModerationLogEntry.Action.REPLY,
        to_status=Comment.Status.APPROVED,
    )
    return reply


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


def email_moderators(*, comment):
    """Email the moderators about `comment`, waiting for the mail server.

    Runs in a task worker (tasks.notify_moderators); a delivery error is raised, so
    the task is retried and, in the end, kept as failed with its traceback.
    """
    recipients = moderator_emails()
    if not recipients:
        logger.info("Comment %s awaits moderation; no moderator email set.", comment.pk)
        return
    link = absolute_url(reverse("admin:comments_comment_change", args=[comment.pk]))
    # What a moderator weighs before opening the queue: the thread it joins,
    # and the website it advertises (where spam leads).
    lines = [
        f"Article: {comment.article.title}",
        absolute_url(comment.article.get_absolute_url()),
        f"From: {comment.name} <{comment.email}>",
        f"Website: {comment.website}" if comment.website else "",
        f"In reply to: {comment.parent.name}" if comment.parent_id else "",
        f"IP address: {comment.ip_address or 'unknown'}",
        f"Flagged: {comment.flag}" if comment.flag else "",
    ]
    details = "\n".join(line for line in lines if line)
    body = (
        f"A new comment is waiting for moderation.\n\n{details}\n\n"
        f"{comment.text}\n\nReview it: {link}\n"
    )
    EmailMessage(
        subject=subject_line(
            f"[{settings.SITE_NAME}] New comment on “{comment.article.title}”"
        ),
        body=body,
        to=recipients,
    ).send()


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


def delete_old_spam(*, days):
    """Delete the comments marked as spam that were written more than `days`
    days ago, DECISION_BATCH at a time (along comment_queue_idx). Spam is
    shown to no reader, so no page changes; its name, address and text are
    kept no longer than the moderators need to look back. Returns how many."""
    cutoff = timezone.now() - timedelta(days=days)
    old_spam = Comment.objects.filter(
        status=Comment.Status.SPAM, created_at__lt=cutoff
    ).order_by()
    deleted = 0
    while ids := list(old_spam.values_list("pk", flat=True)[:DECISION_BATCH]):
        Comment.objects.filter(pk__in=ids).delete()
        deleted += len(ids)
    return deleted


def personal_data(*, email):
    """Everything stored for the commenter `email`, as plain data: the
    comments, and what moderators' edits changed in them."""
    email = normalize_email(email)
    edits = ModerationLogEntry.objects.filter(
        action=ModerationLogEntry.Action.EDIT, personal_data_removed=False
    ).order_by("at", "pk")
    comments = (
        Comment.objects.filter(email=email)
        .select_related("article")
        .prefetch_related(Prefetch("log_entries", queryset=edits, to_attr="edits"))
    )
    return {
        "email": email,
        "comments": [
            {
                "article": comment.article.title,
                "article_url": absolute_url(comment.article.get_absolute_url()),
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
                "edited_by_moderators": [
                    {
                        "field": edit.field,
                        "before": edit.before,
                        "after": edit.after,
                        "at": edit.at.isoformat(),
                    }
                    for edit in comment.edits
                ],
            }
            for comment in comments
        ],
    }


@transaction.atomic
def erase_personal_data(*, email):
    """Delete every comment stored for `email`, with its moderation log and
    Django's admin log entries (which name it by its author and first words);
    replies by others stay.

    Returns how many comments were deleted.
    """
    comments = Comment.objects.filter(email=normalize_email(email))
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Comment),
        object_id__in=[str(pk) for pk in comments.values_list("pk", flat=True)],
    ).delete()
    return comments.delete()[1].get(Comment._meta.label, 0)
