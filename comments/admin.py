"""The moderators' desk: the comment queue, one-click decisions, replies as the
journal, and the moderation log.

The queue stays fast on a million comments: every filter is a lookup on an
index (status, article, date, an exact email or IP address), words are looked
for only among the newest SEARCH_WINDOW comments listed, and the row count is
estimated once it would take a scan (`thinktank.counts`).
"""

import ipaddress
from collections import Counter, defaultdict
from functools import partial

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.text import Truncator
from django.utils.timezone import localtime
from django.views.decorators.http import require_POST

from articles.models import Article
from articles.querysets import published_q
from thinktank.counts import EstimatedCountPaginator

from . import tasks
from .models import (
    MAX_DEPTH,
    BlocklistEntry,
    Comment,
    ModerationLogEntry,
    normalize_email,
)
from .services import (
    BACKGROUND_OVER,
    DECISION_BATCH,
    edit_comment,
    moderate_comments,
    reply_as_journal,
)

EDITABLE_FIELDS = ["name", "website", "text"]
DECISIONS = [
    (Comment.Status.APPROVED, "Approve"),
    (Comment.Status.SPAM, "Mark as spam"),
    (Comment.Status.REMOVED, "Remove"),
]
# Past tense of each decision, for the message after it.
DECIDED = {
    Comment.Status.APPROVED: "approved",
    Comment.Status.SPAM: "marked as spam",
    Comment.Status.REMOVED: "removed",
}
# Words (not an email or IP address) are looked for in the name and text of the
# newest this many comments of the list being searched.
SEARCH_WINDOW = 10_000
COMMENT_GONE = "That comment no longer exists (it was deleted): nothing was decided."
REPLY_TO_DELETED = ValidationError(
    "The comment you were answering no longer exists (it was deleted), so your "
    "reply was not published. Your text is still below.",
    code="reply_to_deleted",
)
ARTICLE_MATCHES = 8
ARTICLE_SEARCH_WINDOW = 5_000
REPLIES_SHOWN = 50


class CommentAdminForm(forms.ModelForm):
    decision = forms.ChoiceField(
        required=False,
        choices=[("", "Keep the current status"), *DECISIONS],
        help_text="Approved comments appear on the article; the others do not.",
    )
    # The status the page showed: a decision taken on a comment another
    # moderator decided since is not applied (CommentAdmin.save_model).
    seen_status = forms.ChoiceField(
        required=False, choices=Comment.Status.choices, widget=forms.HiddenInput
    )
    website = forms.URLField(required=False, max_length=200, assume_scheme="https")
    removes_personal_data = forms.BooleanField(
        required=False,
        label="This edit removes personal data",
        help_text="The moderation log then records that the fields were edited "
        "but keeps no copy of what they said, in this edit or earlier ones.",
    )

    class Meta:
        model = Comment
        fields = EDITABLE_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["seen_status"].initial = self.instance.status


class ReplyForm(forms.Form):
    text = forms.CharField(
        label="Your reply, as the journal",
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=Comment._meta.get_field("text").max_length,
        help_text="Published at once under the reader's comment, with the "
        "journal's name and a staff badge. Plain text; addresses become links.",
    )


class QueueStatusFilter(admin.SimpleListFilter):
    """Status, with the comments awaiting moderation as the default view."""

    title = "status"
    parameter_name = "status"
    ALL = "all"

    def lookups(self, request, model_admin):
        return [*Comment.Status.choices, (self.ALL, "All")]

    def current(self):
        return self.value() or Comment.Status.PENDING

    def queryset(self, request, queryset):
        if self.current() == self.ALL:
            return queryset
        return queryset.filter(status=self.current())

    def choices(self, changelist):
        for value, label in self.lookup_choices:
            yield {
                "selected": self.current() == value,
                "query_string": changelist.get_query_string(
                    {self.parameter_name: value}
                ),
                "display": label,
            }


class ArticleFilter(admin.ListFilter):
    """One article's comments (`?article=<id>`), chosen with a search box for
    words of its title (or its number): no list of every article."""

    title = "article"
    template = "admin/comments/comment/article_filter.html"
    parameter_name = "article"
    search_parameter = "article_q"

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        for name in self.expected_parameters():
            if name in params:
                self.used_parameters[name] = params.pop(name)[-1]
        self.search_term = self.used_parameters.get(self.search_parameter, "")
        chosen = self.used_parameters.get(self.parameter_name, "")
        self.article = (
            self.articles().filter(pk=chosen).first() if chosen.isdigit() else None
        )

    @staticmethod
    def articles():
        """The articles whose titles the comment desk may show: those readers
        see, and those with comments (withdrawn since); never a draft, which
        only the article admin's users may read about."""
        has_comments = Exists(Comment.objects.filter(article=OuterRef("pk")))
        return Article.objects.only("pk", "title", "slug").filter(
            published_q() | Q(has_comments)
        )

    def has_output(self):
        return True

    def expected_parameters(self):
        return [self.parameter_name, self.search_parameter]

    def queryset(self, request, queryset):
        if self.article:
            return queryset.filter(article=self.article)
        return queryset

    def matches(self):
        """Up to ARTICLE_MATCHES articles whose title has every word typed, among
        the newest ARTICLE_SEARCH_WINDOW (a bounded scan of the primary key's
        index: comments come to recent articles), newest first; or the article
        whose number was typed."""
        term = self.search_term.strip().lstrip("#")
        articles = Article.objects.order_by("-pk")
        shown = self.articles().order_by("-pk")
        if term.isdigit():
            return list(shown.filter(pk=term))
        oldest = articles.values_list("pk", flat=True)[ARTICLE_SEARCH_WINDOW - 1 :]
        found = shown.filter(pk__gte=(oldest.first() or 0))
        for word in term.split():
            found = found.filter(title__icontains=word)
        return list(found[:ARTICLE_MATCHES])

    def choices(self, changelist):
        """The chosen article ("All articles" to undo) and the search's matches."""
        if self.article:
            yield {
                "selected": True,
                "display": self.article.title,
                "query_string": changelist.get_query_string(
                    remove=self.expected_parameters()
                ),
                "public_url": self.article.get_absolute_url(),
            }
        for article in self.matches() if self.search_term else []:
            yield {
                "selected": False,
                "display": article.title,
                "query_string": changelist.get_query_string(
                    {self.parameter_name: article.pk}, remove=[self.search_parameter]
                ),
            }

    def hidden_parameters(self):
        """The list's other parameters, kept by the search box's form."""
        dropped = {*self.expected_parameters(), "p"}
        return [
            (name, value)
            for name, values in self.request.GET.lists()
            if name not in dropped
            for value in values
        ]


class ModerationChangeList(ChangeList):
    """The moderators' lists (the queue and the log): sortable by one date
    only, in the order of its index on (date, id) either way round; a page
    that has emptied shows the last one left."""

    def get_ordering(self, request, queryset):
        """Django follows the order asked for with the admin's own ("-date",
        "-pk"), so "oldest first" became date ascending with the id
        descending, which no index holds: the database sorted every comment
        (1.3 s at 300,000 comments, SQLite). Here the id follows the date."""
        ordering = super().get_ordering(request, queryset)
        first = ordering[0]
        if isinstance(first, str) and not first.startswith("-"):
            return [first, "pk"]
        return ordering

    def get_results(self, request):
        """A page past the end, because its comments were just decided (here
        or by another moderator), shows the last page, filters and search
        kept. Django's changelist answers it by sending the moderator to the
        whole queue (?e=1)."""
        try:
            super().get_results(request)
        except IncorrectLookupParameters:
            last = self.model_admin.get_paginator(
                request, self.queryset, self.list_per_page
            ).num_pages
            if self.page_num <= last:
                raise
            self.page_num = last
            super().get_results(request)


def not_public(article):
    """A note after the title of an article readers cannot open (so they see
    none of its comments, approved or not); empty for a published one."""
    return render_to_string(
        "admin/comments/comment/_not_public.html", {"article": article}
    )


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    form = CommentAdminForm
    change_list_template = "admin/comments/comment/change_list.html"
    object_history_template = "admin/comments/comment/object_history.html"
    # Four columns, name and email sharing one, the article and the date
    # another: the queue fits 1280 px beside the admin's navigation and
    # filters without scrolling sideways.
    list_display = ["excerpt", "state", "sender", "article_and_date"]
    # Rows are cards where the list is too narrow for its table
    # (templates/admin/change_list.html, css/admin-changelist.css).
    cards_when_narrow = True
    list_filter = [QueueStatusFilter, ArticleFilter, "created_at"]
    # get_search_results decides how each is searched (exact email or IP address,
    # else words in the name and text of the newest comments).
    search_fields = ["email", "ip_address", "name", "text"]
    search_help_text = (
        "An email or IP address finds every comment from it; other words are "
        f"looked for in the name and text of the newest {SEARCH_WINDOW:,} "
        "comments listed."
    )
    sortable_by = ["article_and_date"]
    list_per_page = 50
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    actions = ["approve", "mark_spam", "remove"]
    readonly_fields = [
        "on_article",
        "thread",
        "log",
        "email",
        "status",
        "flag",
        "created_at",
        "ip_address",
        "user_agent",
        "decided_by",
        "moderated_at",
        "last_editor",
        "edited_at",
    ]

    class Media:
        css = {"all": ["css/moderation.css"]}
        js = ["js/decide-focus.js"]

    def get_fieldsets(self, request, obj=None):
        decision = (
            ["decision", "seen_status"] if self.has_moderate_permission(request) else []
        )
        return [
            (None, {"fields": ["on_article", ("status", "flag"), *decision]}),
            ("In its thread", {"fields": ["thread"]}),
            ("Moderation log", {"fields": ["log"]}),
            (
                "What the reader wrote",
                {"fields": [*EDITABLE_FIELDS, "removes_personal_data", "email"]},
            ),
            (
                "Record",
                {
                    "fields": [
                        ("created_at", "ip_address"),
                        "user_agent",
                        ("decided_by", "moderated_at"),
                        ("last_editor", "edited_at"),
                    ]
                },
            ),
        ]

    def get_queryset(self, request):
        # Of the article the queue shows only its title (its body is ~10 KB a row).
        columns = [f.name for f in Comment._meta.concrete_fields]
        return (
            super()
            .get_queryset(request)
            .select_related("article")
            .only(
                *columns,
                "article__title",
                "article__slug",
                "article__status",
                "article__publish_at",
            )
        )

    def get_ordering(self, request):
        """Newest first: the index comment_queue_idx (or comment_newest_idx for
        every status) gives the page without sorting."""
        return ["-created_at", "-pk"]

    def get_changelist(self, request, **kwargs):
        return ModerationChangeList

    def get_list_display(self, request):
        """For moderators the status comes with the decisions, second, in reach
        on a phone's narrow screen too."""
        if self.has_moderate_permission(request):
            return ["decide" if name == "state" else name for name in self.list_display]
        return self.list_display

    def get_search_results(self, request, queryset, search_term):
        """An IP or email address: every comment from it, by its index. Other
        words: comments whose name or text has each of them, among the newest
        SEARCH_WINDOW of the list (a bounded scan, never the whole table)."""
        term = search_term.strip()
        if not term:
            return queryset, False
        try:
            return queryset.filter(ip_address=str(ipaddress.ip_address(term))), False
        except ValueError:
            pass
        if "@" in term and " " not in term:
            return queryset.filter(email=normalize_email(term)), False
        # The window as a range of the queue's own index (a subquery with a
        # LIMIT would lead PostgreSQL's planner to scan every row's text).
        oldest = queryset.order_by("-created_at", "-pk").values_list(
            "created_at", flat=True
        )[SEARCH_WINDOW - 1 :]
        since = oldest.first()
        if since is not None:
            queryset = queryset.filter(created_at__gte=since)
        for word in term.split():
            queryset = queryset.filter(
                Q(name__icontains=word) | Q(text__icontains=word)
            )
        return queryset, False

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path(
                "<int:object_id>/decide/",
                view(self.decide_view),
                name="comments_comment_decide",
            ),
            path(
                "<int:object_id>/reply/",
                view(self.reply_view),
                name="comments_comment_reply",
            ),
            *super().get_urls(),
        ]

    def has_add_permission(self, request):
        return False  # comments come from readers

    def has_moderate_permission(self, request):
        return request.user.has_perm("comments.moderate_comment")

    @admin.display(description="comment")
    def excerpt(self, comment):
        return Truncator(comment.text).chars(90)

    @admin.display(description="from")
    def sender(self, comment):
        return format_html(
            '{}<br><span class="sender__email">{}</span>', comment.name, comment.email
        )

    # Who decided and who edited, as names: the admin would link each to a
    # user's page, which a moderator may not open.
    @admin.display(description="last decision by")
    def decided_by(self, comment):
        return comment.moderated_by or self.get_empty_value_display()

    @admin.display(description="last edited by")
    def last_editor(self, comment):
        return comment.edited_by or self.get_empty_value_display()

    @admin.display(description="status")
    def state(self, comment):
        label = comment.get_status_display()
        if comment.by_staff:
            label = f"{label} (the journal's reply)"
        return f"{label} ({comment.flag})" if comment.flag else label

    @admin.display(description="article")
    def on_article(self, comment):
        """The public page, which a moderator may open (unlike the article
        admin), or, while the article is not public, its title and state."""
        if not comment.article.is_published:
            return format_html("{} {}", comment.article, not_public(comment.article))
        return format_html(
            '<a href="{}">{}</a>', comment.article.get_absolute_url(), comment.article
        )

    def view_on_site(self, comment):
        """The comment's place on the article, while readers can open it."""
        return comment.get_absolute_url() if comment.article.is_published else None

    @admin.display(description="article · posted", ordering="created_at")
    def article_and_date(self, comment):
        """The article, linking to the queue narrowed to its comments whatever
        their status, and when the comment was posted."""
        return format_html(
            '<a href="?{}" title="All comments on this article">{}</a> {}<br>{}',
            urlencode(
                {
                    ArticleFilter.parameter_name: comment.article_id,
                    QueueStatusFilter.parameter_name: QueueStatusFilter.ALL,
                }
            ),
            comment.article,
            not_public(comment.article),
            date_format(localtime(comment.created_at), "DATETIME_FORMAT"),
        )

    @admin.display(description="status · decide")
    def decide(self, comment):
        return render_to_string(
            "admin/comments/comment/_decide.html",
            {
                "comment": comment,
                "status": self.state(comment),
                "decisions": [
                    (s, label) for s, label in DECISIONS if s != comment.status
                ],
            },
        )

    @admin.display(description="thread")
    def thread(self, comment):
        return self.render_thread(comment, tools=True)

    def render_thread(self, comment, *, tools):
        """The comment among its ancestors and replies, each with its status;
        with `tools`, links to reply and to the article's other comments."""
        ancestors = []
        if comment.parent_id:  # at most two levels up (MAX_DEPTH)
            parent = Comment.objects.select_related("parent").get(pk=comment.parent_id)
            ancestors = [a for a in (parent.parent, parent) if a is not None]
        # Replies and their replies (MAX_DEPTH allows no more): a lookup of
        # parent_id's index for each level.
        columns = [
            "pk",
            "parent_id",
            "name",
            "text",
            "status",
            "by_staff",
            "created_at",
        ]
        replies = list(
            comment.replies.only(*columns).order_by("created_at", "pk")[:REPLIES_SHOWN]
        )
        nested = {reply.pk: reply for reply in replies}
        for reply in replies:
            reply.shown_replies = []
        if replies and comment.depth + 1 < MAX_DEPTH:
            for answer in (
                Comment.objects.filter(parent_id__in=nested)
                .only(*columns)
                .order_by("created_at", "pk")[:REPLIES_SHOWN]
            ):
                nested[answer.parent_id].shown_replies.append(answer)
        return render_to_string(
            "admin/comments/comment/_thread.html",
            {
                "comment": comment,
                "ancestors": ancestors,
                "replies": replies,
                "tools": tools,
                "can_reply": comment.status
                in (Comment.Status.PENDING, Comment.Status.APPROVED),
            },
        )

    @admin.display(description="decisions and edits")
    def log(self, comment):
        """Every decision, edit and reply on record for the comment, newest first."""
        entries = comment.log_entries.select_related("moderator").order_by("-at", "-pk")
        return render_to_string(
            "admin/comments/comment/_log.html", {"entries": entries}
        )

    def history_view(self, request, object_id, extra_context=None):
        """The comment's History page is its moderation log: decisions, edits
        and replies are recorded there, not in Django's admin log."""
        comment = self.get_object(request, object_id)
        context = {"moderation_log": self.log(comment) if comment else ""}
        return super().history_view(
            request, object_id, extra_context={**context, **(extra_context or {})}
        )

    def save_model(self, request, obj, form, change):
        """Edits to the reader's words and decisions both go through the services,
        which log them; status is left to `moderate_comments`, so a concurrent
        decision is never overwritten."""
        changes = {
            name: form.cleaned_data[name]
            for name in form.changed_data
            if name in EDITABLE_FIELDS
        }
        if changes:
            edit_comment(
                comment=obj,
                changes=changes,
                by=request.user,
                removes_personal_data=form.cleaned_data["removes_personal_data"],
            )
        decision = form.cleaned_data.get("decision")
        if decision and self.has_moderate_permission(request):
            self.apply_decision(
                request, obj.pk, decision, seen=form.cleaned_data.get("seen_status")
            )
            obj.refresh_from_db(fields=["status", "moderated_by", "moderated_at"])

    def _next_url(self, request):
        """Where the moderator came from (the queue, filtered as it was)."""
        url = (
            request.POST.get("next")
            or request.GET.get("next")
            or request.META.get("HTTP_REFERER", "")
        )
        if url_has_allowed_host_and_scheme(
            url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return url
        return reverse("admin:comments_comment_changelist")

    @method_decorator(require_POST)
    def decide_view(self, request, object_id):
        """One click from the queue: approve, mark as spam or remove one comment.
        The button names the status its row showed (`?from=`)."""
        if not self.has_moderate_permission(request):
            raise PermissionDenied
        decision = request.POST.get("decision")
        if decision not in DECIDED:
            return HttpResponseBadRequest("Unknown decision.")
        self.apply_decision(request, object_id, decision, seen=request.GET.get("from"))
        return HttpResponseRedirect(self._next_url(request))

    def apply_decision(self, request, pk, decision, *, seen):
        """Give comment `pk` the status `decision` if it still has the status
        `seen` the moderator saw (any, if not given), and tell them what
        happened: a comment another moderator decided since, or deleted, is
        left as it is (their decision is not undone unseen)."""
        comments = Comment.objects.filter(pk=pk)
        if seen in Comment.Status.values:
            comments = comments.filter(status=seen)
        changed = moderate_comments(
            comments=comments, decision=decision, by=request.user
        )
        comment = (
            Comment.objects.select_related("moderated_by")
            .only("pk", "name", "status", "moderated_by__username")
            .filter(pk=pk)
            .first()
        )
        if comment is None:
            self.message_user(request, COMMENT_GONE, messages.WARNING)
        elif changed:
            self.message_user(
                request,
                f"The comment by {comment.name} was {DECIDED[decision]}.",
                messages.SUCCESS,
            )
        elif comment.status == decision:
            self.message_user(
                request,
                f"The comment by {comment.name} was already {DECIDED[decision]}.",
                messages.INFO,
            )
        else:
            self.message_user(
                request,
                f"The comment by {comment.name} was {DECIDED[comment.status]} "
                f"by {comment.moderated_by or 'someone else'} in the meantime, so "
                f"it was not {DECIDED[decision]}. Decide again if you still "
                "mean to.",
                messages.WARNING,
            )

    def reply_view(self, request, object_id):
        """Answer a reader as the journal: the reply is published at once.

        A comment deleted while the moderator wrote (a reader's data erased)
        gets no reply, and the text comes back in the form, to keep.
        """
        if not self.has_moderate_permission(request):
            raise PermissionDenied
        comment = Comment.objects.select_related("article").filter(pk=object_id).first()
        if comment is None and request.method != "POST":
            self.message_user(request, COMMENT_GONE, messages.WARNING)
            return HttpResponseRedirect(self._next_url(request))
        form = ReplyForm(request.POST or None)
        if comment is None and form.is_bound:
            form.add_error(None, REPLY_TO_DELETED)
        if form.is_valid():
            try:
                reply = reply_as_journal(
                    parent=comment, text=form.cleaned_data["text"], by=request.user
                )
            except Comment.DoesNotExist:  # deleted since it was read above
                comment = None
                form.add_error(None, REPLY_TO_DELETED)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                self.message_user(
                    request,
                    format_html(
                        'Your reply to {} is published: <a href="{}">see it on the '
                        "page</a>.",
                        comment.name,
                        reply.get_absolute_url(),
                    ),
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(self._next_url(request))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": (
                f"Reply to {comment.name} as the journal"
                if comment
                else "Reply as the journal"
            ),
            "comment": comment,
            "thread": self.render_thread(comment, tools=False) if comment else "",
            "form": form,
            "next": self._next_url(request),
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/comments/comment/reply.html", context)

    @staticmethod
    def as_seen(request, queryset):
        """The selected comments whose status is still the one their row
        showed (`seen-<pk>`, beside the one-click buttons): in the list of
        every status, a comment another moderator decided since the list was
        shown is left alone, as the other lists leave it (it is no longer
        theirs). "Select all" across pages decides on what the list holds."""
        if request.POST.get("select_across") == "1":
            return queryset
        by_status = defaultdict(list)
        for pk in request.POST.getlist(helpers.ACTION_CHECKBOX_NAME):
            by_status[request.POST.get(f"seen-{pk}")].append(pk)
        seen = Q()
        for status, pks in by_status.items():
            seen |= Q(pk__in=pks, status=status) if status else Q(pk__in=pks)
        return queryset.filter(seen)

    def _decide(self, request, queryset, decision):
        """Decide on the comments selected that the list still shows as they
        were shown, and say what became of those selected that it does not:
        decided already, or since the list was shown (by another moderator),
        or deleted. A select-all of more than BACKGROUND_OVER comments goes
        to the task worker."""
        if request.POST.get("select_across") == "1":
            rows = (
                queryset.exclude(status=decision).order_by().values_list("pk", "status")
            )
            if rows[BACKGROUND_OVER : BACKGROUND_OVER + 1].exists():
                self.decide_in_background(request, rows, decision)
                return
        changed = moderate_comments(
            comments=self.as_seen(request, queryset), decision=decision, by=request.user
        )
        self.message_user(
            request,
            f"{changed} comment{'s' if changed != 1 else ''} {DECIDED[decision]}.",
            messages.SUCCESS if changed else messages.WARNING,
        )
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        if request.POST.get("select_across") == "1" or len(selected) <= changed:
            return
        found = Counter(
            Comment.objects.filter(pk__in=selected).values_list("status", flat=True)
        )
        found[decision] -= changed
        left = [
            f"{count} already {DECIDED[decision]}"
            if status == decision
            else f"{count} {DECIDED.get(status, 'changed')} meanwhile"
            for status, count in found.items()
            if count > 0
        ]
        if gone := len(selected) - found.total() - changed:
            left.append(f"{gone} deleted meanwhile")
        self.message_user(
            request,
            f"Left alone, of those selected: {', '.join(left)}.",
            messages.WARNING,
        )

    def decide_in_background(self, request, rows, decision):
        """Hand the task worker a decision on `rows` ((id, status shown)
        pairs), once this request's transaction commits, and say so."""
        seen = defaultdict(list)
        for pk, status in rows:
            seen[status].append(pk)
        transaction.on_commit(
            partial(
                tasks.decide_in_background.enqueue,
                seen=dict(seen),
                decision=decision,
                moderator_id=request.user.pk,
            ),
            robust=True,
        )
        count = sum(len(ids) for ids in seen.values())
        self.message_user(
            request,
            f"{count:,} comments will be {DECIDED[decision]} in the background, "
            f"{DECISION_BATCH:,} at a time: the lists show them as they are done "
            "(a minute or so). A comment another moderator decides meanwhile is "
            "left as they decided.",
            messages.SUCCESS,
        )

    @admin.action(description="Approve selected comments", permissions=["moderate"])
    def approve(self, request, queryset):
        self._decide(request, queryset, Comment.Status.APPROVED)

    @admin.action(
        description="Mark selected comments as spam", permissions=["moderate"]
    )
    def mark_spam(self, request, queryset):
        self._decide(request, queryset, Comment.Status.SPAM)

    @admin.action(description="Remove selected comments", permissions=["moderate"])
    def remove(self, request, queryset):
        self._decide(request, queryset, Comment.Status.REMOVED)


class ModeratorFilter(admin.SimpleListFilter):
    """Staff accounts only: the people who can moderate, not every user."""

    title = "moderator"
    parameter_name = "moderator"

    def lookups(self, request, model_admin):
        User = get_user_model()
        return [
            (str(pk), name)
            for pk, name in User.objects.filter(is_staff=True)
            .order_by(User.USERNAME_FIELD)
            .values_list("pk", User.USERNAME_FIELD)
        ]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(moderator_id=self.value())
        return queryset


class DecisionFilter(admin.ChoicesFieldListFilter):
    """The status an entry left the comment in, titled for what a moderator
    looks for ("By decision"); the column beside "from" is called "to"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.title = "decision"


@admin.register(ModerationLogEntry)
class ModerationLogEntryAdmin(admin.ModelAdmin):
    """Who decided what: every decision, edit and reply, filterable; read only."""

    list_display = [
        "at",
        "moderator",
        "action",
        "from_status",
        "to_status",
        "bulk",
        "on_comment",
        "field",
    ]
    # Rows are cards where the list is too narrow for its table
    # (templates/admin/change_list.html, css/admin-changelist.css).
    cards_when_narrow = True
    list_filter = [ModeratorFilter, "action", ("to_status", DecisionFilter), "at"]
    list_select_related = ["moderator", "comment"]
    list_per_page = 100
    sortable_by = ["at"]
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    # An entry's page: the comment once, and who decided as text, not as a
    # link to their user page, which a moderator may not open (403).
    fields = [
        "comment",
        "at",
        "by",
        "action",
        "from_status",
        "to_status",
        "bulk",
        "field",
        "before",
        "after",
        "personal_data_removed",
    ]
    readonly_fields = fields

    class Media:
        css = {"all": ["css/moderation.css"]}

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .defer("before", "after", "comment__text", "comment__user_agent")
        )

    def get_ordering(self, request):
        return ["-at", "-pk"]

    def get_changelist(self, request, **kwargs):
        return ModerationChangeList

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="moderator")
    def by(self, entry):
        return entry.moderator or self.get_empty_value_display()

    @admin.display(description="comment")
    def on_comment(self, entry):
        return format_html(
            '<a href="{}">#{} by {}</a>',
            reverse("admin:comments_comment_change", args=[entry.comment_id]),
            entry.comment_id,
            entry.comment.name,
        )


@admin.register(BlocklistEntry)
class BlocklistEntryAdmin(admin.ModelAdmin):
    list_display = ["value", "kind", "note", "created_at"]
    list_filter = ["kind"]
    search_fields = ["value", "note"]
    fields = ["kind", "value", "note"]
