from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.db import transaction
from django.http import Http404, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from articles import keys
from articles.models import Article
from articles.querysets import published_q
from thinktank.links import page_number
from thinktank.pagecache import add_keys

from . import tasks
from .cookies import (
    forget_unusable_details,
    pending_comment_ids,
    remember_pending,
    saved_details,
    update_saved_details,
)
from .forms import CommentForm
from .models import MAX_DEPTH, Comment, comment_page_url
from .services import comments_are_open, post_comment
from .spam import client_ip, form_token, within_rate_limit

# The fragment a reader lands on after posting: never a comment's id, so the
# address they see names nothing another reader could open.
YOUR_COMMENT_ANCHOR = "your-comment"


@dataclass
class CommentSection:
    """What the comments part of an article page, or of one of its comment
    pages, shows."""

    count: int
    is_open: bool
    page: Page
    form: CommentForm | None = None

    @property
    def thread(self):
        """The page's conversations (`build_thread`)."""
        return self.page.object_list


def comment_context(article, page=1):
    """Page `page` of an article's comments, the same for every reader: the
    approved thread, COMMENTS_PER_PAGE conversations (each comment at the top
    level with its replies), and a blank form. One query, whatever the size;
    only the page's comments are rendered. What belongs to one reader (the
    form's tokens, saved details, their pending comments) the browser fetches
    from `state`. A page past the last gives the last."""
    approved = list(Comment.objects.approved().for_thread().filter(article=article))
    is_open = comments_are_open(article)
    pages = conversations(build_thread(approved, [], replies_open=is_open))
    shown = pages.page(min(page, pages.num_pages))
    form = CommentForm(article=article, initial={"token": ""}) if is_open else None
    return {
        "comment_section": CommentSection(
            count=len(approved),
            is_open=is_open,
            page=shown,
            form=form,
        )
    }


def conversations(thread):
    """The thread's top-level comments (with their replies) in pages."""
    return Paginator(thread, settings.COMMENTS_PER_PAGE)


def comment_page(request, slug):
    """Page 2 and on of a published article's comments (`?page=N`), with the
    comment form: a long thread's later conversations, which the article page
    leaves out to stay quick to render and to load. Page 1 is the article."""
    article = get_object_or_404(
        Article.objects.published().only(
            "pk", "slug", "title", "status", "publish_at", "allow_comments"
        ),
        slug=slug,
    )
    number, canonical = page_number(request)
    if number == 1:
        return redirect(f"{article.get_absolute_url()}#comments", permanent=True)
    if not canonical:
        return redirect(comment_page_url(article, number), permanent=True)
    context = comment_context(article, page=number)
    page = context["comment_section"].page  # page_obj: its canonical address
    if page.number != number:
        # Fewer pages now (comments removed), or an old WordPress page number
        # (articles/wordpress/middleware.py): the last page, not a dead link.
        return redirect(f"{comment_page_url(article, page.number)}#comments")
    response = render(
        request,
        "comments/comment_page.html",
        {"article": article, "page_obj": page, **context},
    )
    return add_keys(response, keys.of_comments([article.pk]))


@require_GET
def link(request, pk):
    """A comment's lasting address: to its page of the article's comments,
    which moves as conversations are added or removed (feeds, the admin's
    "View on site" and the reader's own approved comment link here). A
    comment readers cannot see leads to the article's comments."""
    comment = get_object_or_404(
        Comment.objects.filter(published_q("article__")).select_related("article"),
        pk=pk,
    )
    if comment.status != Comment.Status.APPROVED:
        return redirect(f"{comment.article.get_absolute_url()}#comments")
    return redirect(where_shown(comment))


def where_shown(comment):
    """The address of the page of comments showing approved `comment`."""
    article = comment.article
    approved = Comment.objects.approved().for_thread().filter(article=article)
    pages = conversations(build_thread(list(approved), [], replies_open=False))
    for number in pages.page_range:
        if any(comment.pk in thread_ids(top) for top in pages.page(number)):
            return f"{comment_page_url(article, number)}#comment-{comment.pk}"
    raise Http404("No such comment.")  # decided again between the two reads


def thread_ids(comment):
    """The ids of `comment` and of every reply under it (`build_thread`)."""
    ids = {comment.pk}
    for reply in comment.thread_replies:
        ids |= thread_ids(reply)
    return ids


def pending_for(request, article):
    """This browser's own comments on `article` still awaiting a moderator.

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


@never_cache
@require_GET
def state(request, slug):
    """What the comment form on a cached article page needs for this reader:
    whether comments are still open, a CSRF token, a fresh form token, the
    details they asked us to remember and their own comments awaiting
    moderation (static/js/comments.js)."""
    article = get_object_or_404(Article.objects.published(), slug=slug)
    pending = build_thread([], pending_for(request, article), replies_open=False)
    data = {
        "open": comments_are_open(article),
        "csrfToken": get_token(request),
        "formToken": form_token(article),
        "saved": saved_details(request),
        "repliesAsJournal": can_reply_as_journal(request.user),
        "pending": [
            {
                "parent": comment.parent_id,
                "html": render_to_string(
                    "comments/_comment.html", {"comment": comment}
                ),
            }
            for comment in pending
        ],
    }
    response = JsonResponse(data)
    forget_unusable_details(request, response, data["saved"])
    return response


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


def _form_page(request, article, form, *, parent=None, pending=(), status=200):
    return render(
        request,
        "comments/comment_form.html",
        {
            "article": article,
            "form": form,
            "parent": parent,
            "pending": pending,
            "is_open": True,
        },
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
@require_http_methods(["GET", "POST"])
def post(request, slug):
    """The "Leave a reply" form on a page of its own (GET: for readers without
    JavaScript, and what the page shows them instead of their pending
    comments); POST: store the comment or show what to fix."""
    article = get_object_or_404(Article.objects.published(), slug=slug)
    if not comments_are_open(article):
        return _closed_page(request, article)
    if request.method == "GET":
        saved = saved_details(request)
        form = CommentForm(article=article, initial=saved)
        pending = build_thread([], pending_for(request, article), replies_open=False)
        response = _form_page(request, article, form, pending=pending)
        forget_unusable_details(request, response, saved)
        return response
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
    if comment.status == Comment.Status.PENDING:
        # The moderators are emailed by the task worker, never by this request.
        transaction.on_commit(
            partial(tasks.notify_moderators.enqueue, comment_id=comment.pk),
            robust=True,
        )
    if comment.status == Comment.Status.APPROVED:
        response = redirect(where_shown(comment))
    else:
        # From the article page, or one of its comment pages, its script shows
        # the pending comment; from the comment form's page (no JavaScript),
        # that page does.
        back = comment_page_url(article, sent_from_page(request))
        if request.POST.get("from") == "comment-page":
            back = request.path
        response = redirect(f"{back}#{YOUR_COMMENT_ANCHOR}")
        remember_pending(request, response, comment)
    update_saved_details(request, response, save=data["save_details"], details=data)
    return response


def sent_from_page(request):
    """The number of the page of comments a comment was sent from (the form
    on a long thread's later page says which), else 1: the article."""
    number = request.POST.get("page", "")
    return int(number) if number.isdigit() and int(number) > 1 else 1


def can_reply_as_journal(user):
    return user.has_perm("comments.moderate_comment")


@never_cache
def reply(request, pk):
    """The reply form on a page of its own, for readers without JavaScript,
    and for moderators, who answer as the journal."""
    parent = get_object_or_404(
        Comment.objects.approved()
        .filter(published_q("article__"), depth__lt=MAX_DEPTH)
        .select_related("article"),
        pk=pk,
    )
    article = parent.article
    if not comments_are_open(article):
        return _closed_page(request, article)
    if can_reply_as_journal(request.user):
        # Published at once with the staff mark, from the queue's reply form;
        # back here on the comment answered.
        journal_form = reverse("admin:comments_comment_reply", args=[parent.pk])
        query = urlencode({"next": parent.get_absolute_url()})
        return redirect(f"{journal_form}?{query}")
    saved = saved_details(request)
    form = CommentForm(article=article, initial={**saved, "parent": parent.pk})
    response = _form_page(request, article, form, parent=parent)
    forget_unusable_details(request, response, saved)
    return response
