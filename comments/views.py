from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from articles.models import Article
from articles.queries import approved_thread
from articles.querysets import published_q

from .cookies import saved_details, update_saved_details
from .forms import CommentForm
from .models import MAX_DEPTH, Comment
from .services import (
    comments_are_open,
    pending_comment_ids,
    post_comment,
    remember_pending,
)
from .spam import client_ip, within_rate_limit

# The fragment a reader lands on after posting: never a comment's id, so the
# address they see names nothing another reader could open.
YOUR_COMMENT_ANCHOR = "your-comment"


@dataclass
class CommentSection:
    """What the comments part of an article page shows."""

    count: int
    thread: list
    is_open: bool
    form: CommentForm | None = None


def comment_context(request, article):
    """The article page's comments: the approved thread, this reader's own
    pending comments, and the form. Two queries at most, whatever the size."""
    approved = approved_thread(article=article.pk)
    pending = pending_for(request, article)
    is_open = comments_are_open(article)
    form = (
        CommentForm(article=article, initial=saved_details(request))
        if is_open
        else None
    )
    return {
        "comment_section": CommentSection(
            count=len(approved),
            thread=build_thread(approved, pending, replies_open=is_open),
            is_open=is_open,
            form=form,
        )
    }


def pending_for(request, article):
    """This session's own comments on `article` still awaiting a moderator.

    A comment the defences sent to spam looks pending to its writer too.
    """
    ids = pending_comment_ids(request)
    if not ids:
        return []
    pending = list(
        Comment.objects.filter(
            article=article,
            pk__in=ids,
            status__in=[Comment.Status.PENDING, Comment.Status.SPAM],
        ).for_thread()
    )
    newest = max((c.pk for c in pending), default=None)
    for comment in pending:
        comment.is_newest_pending = comment.pk == newest
    return pending


def build_thread(approved, pending, *, replies_open):
    """Nest comments under their parents, oldest first at every level.

    Each comment gets `thread_replies`, `awaiting` and `can_reply`. A comment
    whose parent is not shown (removed, or erased) is shown at the top level.
    """
    shown = {}
    top = []
    for comment in [*approved, *pending]:
        comment.thread_replies = []
        comment.awaiting = comment.status != Comment.Status.APPROVED
        comment.can_reply = (
            replies_open and not comment.awaiting and comment.can_have_replies
        )
        shown[comment.pk] = comment
    for comment in sorted(shown.values(), key=lambda c: (c.created_at, c.pk)):
        parent = shown.get(comment.parent_id)
        (parent.thread_replies if parent else top).append(comment)
    return top


def _form_page(request, article, form, *, parent=None, status=200):
    return render(
        request,
        "comments/comment_form.html",
        {"article": article, "form": form, "parent": parent, "is_open": True},
        status=status,
    )


def _closed_page(request, article):
    return render(
        request,
        "comments/comment_form.html",
        {"article": article, "is_open": False},
        status=403,
    )


@never_cache
@require_POST
def post(request, slug):
    """Receive the "Leave a reply" form: store the comment or show what to fix."""
    article = get_object_or_404(Article.objects.published(), slug=slug)
    if not comments_are_open(article):
        return _closed_page(request, article)
    form = CommentForm(request.POST, article=article)
    ip = client_ip(request)
    if not form.is_valid():
        form.prepare_retry()
        parent = form.cleaned_data.get("parent")
        return _form_page(request, article, form, parent=parent, status=400)
    if not within_rate_limit(ip):
        form.add_error(
            None,
            ValidationError(
                "You have sent several comments in a short time. Please wait a few "
                "minutes, then send this one again; your text is kept below.",
                code="rate_limited",
            ),
        )
        form.prepare_retry()
        parent = form.cleaned_data["parent"]
        return _form_page(request, article, form, parent=parent, status=429)
    data = form.cleaned_data
    comment = post_comment(
        article=article,
        parent=data["parent"],
        name=data["name"],
        email=data["email"],
        website=data["website"],
        text=data["text"],
        ip=ip,
        user_agent=request.META.get("HTTP_USER_AGENT", ""),
        trap_filled=form.trap_filled,
    )
    if comment.status == Comment.Status.APPROVED:
        response = redirect(comment.get_absolute_url())
    else:
        remember_pending(request, comment)
        response = redirect(f"{article.get_absolute_url()}#{YOUR_COMMENT_ANCHOR}")
    update_saved_details(request, response, save=data["save_details"], details=data)
    return response


@never_cache
def reply(request, pk):
    """The reply form on a page of its own, for readers without JavaScript."""
    parent = get_object_or_404(
        Comment.objects.approved()
        .filter(published_q("article__"), depth__lt=MAX_DEPTH)
        .select_related("article"),
        pk=pk,
    )
    article = parent.article
    if not comments_are_open(article):
        return _closed_page(request, article)
    form = CommentForm(
        article=article, initial={**saved_details(request), "parent": parent.pk}
    )
    return _form_page(request, article, form, parent=parent)
