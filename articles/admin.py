from difflib import SequenceMatcher
from functools import partial

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.db.models import Count, F, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from reversion.models import Version
from taggit.admin import TagAdmin
from taggit.models import Tag

from thinktank.admin import (
    HTTPS_URL_FIELDS,
    HistoryAdmin,
    NoncedMediaAdmin,
    protected_rows,
)
from thinktank.links import absolute_url
from thinktank.renditions import srcset

from . import tasks
from .admin_pictures import PhotoLibraryAdminMixin, TagSuggestionsAdminMixin
from .forms import (
    AddTagForm,
    ArticleAdminForm,
    BylineForm,
    BylineFormSet,
    MergeTagsForm,
    MoveToCategoryForm,
    ScheduleForm,
)
from .models import (
    WORD_BREAKING_TAGS,
    Article,
    Byline,
    Category,
    Correction,
    Photo,
    PreviewLink,
    PromoSlot,
)
from .querysets import byline_prefetch, running_q
from .search import MAX_RESULTS as SEARCH_LIMIT
from .search import parse_query, plain_text, search_articles
from .services import (
    can_publish,
    changeable,
    date_by_corrections,
    feature_articles,
    merge_tags,
    move_articles,
    move_tag_addresses,
    publish_articles,
    tag_articles,
    withdraw_articles,
)
from .views import KeysFirstPaginator
from .widgets import NamedSplitDateTime


def image_preview(image, width, height, shown=80, widest=None):
    """A small preview, `shown` pixels high (and no wider than `widest`, if
    given), of an uploaded picture `width` × `height` for admin pages: the
    browser takes the smallest of its WebP renditions (`srcset`) and only when
    it scrolls into view. The original (megabytes from a camera) is only the
    fallback: a page of 100 photos in the library downloaded every original in
    full."""
    if not image:
        return "—"
    drawn = round(shown * width / height) if width and height else shown
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}px" alt="" width="{}" height="{}" '
        'loading="lazy" style="max-height:{}px;max-width:{}px;width:auto;'
        'height:auto">',
        image.url,
        srcset(image.name, width),
        min(drawn, widest or drawn),
        width or "",
        height or "",
        shown,
        widest or drawn,
    )


class BylineInline(admin.TabularInline):
    model = Byline
    form = BylineForm
    formset = BylineFormSet
    extra = 1
    min_num = 1
    autocomplete_fields = ["author"]
    verbose_name = "author"
    verbose_name_plural = "byline (drag to order)"

    class Media:
        css = {"all": ["css/admin-desk.css"]}
        js = ["js/byline-order.js"]


class ArticleChangeList(ChangeList):
    """The article list reads no bodies: they are most of a row's bytes."""

    def get_queryset(self, request, exclude_parameters=None):
        return super().get_queryset(request, exclude_parameters).defer("body")

    def get_results(self, request):
        """The page's rows carry their approved and waiting comments: two
        counts along comment_thread_idx inside the rows' own query, for the
        50 rows shown only (not in the list's count nor in actions)."""
        super().get_results(request)
        self.result_list = (
            self.result_list.with_comment_count().with_pending_comment_count()
        )


def word_diff(old, new):
    """What turns the text `old` into `new`, word by word, as HTML."""
    before, after = old.split(), new.split()
    chunks = []
    matcher = SequenceMatcher(a=before, b=after, autojunk=False)
    for operation, i1, i2, j1, j2 in matcher.get_opcodes():
        if operation == "equal":
            chunks.append(("equal", " ".join(before[i1:i2])))
            continue
        if i2 > i1:
            chunks.append(("delete", " ".join(before[i1:i2])))
        if j2 > j1:
            chunks.append(("insert", " ".join(after[j1:j2])))
    return render_to_string("admin/articles/article/word_diff.html", {"chunks": chunks})


# What a restored revision never changes: whether and when readers see it.
WORKFLOW_FIELDS = ["status", "publish_at", "revised_at"]
# The date column's order, oldest first with drafts (not yet dated) last;
# the list reverses it, drafts first, as its default order is.
UNDATED_LAST = F("publish_at").asc(nulls_last=True)


def restores_other_articles(version):
    """Whether restoring `version` would change articles besides its own:
    django-reversion restores a whole revision, and a bulk action's revision
    holds every article it changed (the admin's list saves one revision for
    whatever an action does)."""
    return (
        version.revision.version_set.filter(content_type=version.content_type)
        .exclude(object_id=version.object_id)
        .exists()
    )


class NamedDateTimes:
    """Date-and-time fields as boxes named for screen readers ("Publication
    date, date"), tied to their help text and error (NamedSplitDateTime)."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.DateTimeField):
            label = capfirst(db_field.verbose_name)
            kwargs.setdefault("widget", NamedSplitDateTime(label=label))
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class CorrectionInline(NamedDateTimes, admin.StackedInline):
    model = Correction
    extra = 0
    verbose_name = "correction or update note"
    verbose_name_plural = "corrections and updates (shown to readers, newest first)"
    fields = [("kind", "published_at"), "note"]
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 3})}
    }


class PreviewLinkInline(NamedDateTimes, admin.StackedInline):
    """Links that let someone without an account read the unpublished article."""

    model = PreviewLink
    extra = 0
    fields = ["recipient", "expires_at", "revoked", "address", "made_by"]
    readonly_fields = ["address", "made_by"]
    verbose_name_plural = "preview links (anyone with a link can read the article)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("created_by")

    # As text: Django would link the name to the user's page, which an
    # editor may not open (403).
    @admin.display(description="created by")
    def made_by(self, link):
        return link.created_by or self.get_empty_value_display()

    @admin.display(description="address to send")
    def address(self, link):
        if not link.pk:
            return "Appears once saved."
        return absolute_url(link.get_absolute_url())


class StateFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return Article.State.choices

    def queryset(self, request, queryset):
        if self.value() in Article.State.values:
            return queryset.in_state(self.value())
        return queryset


class MineFilter(admin.SimpleListFilter):
    """The articles the user started or is in the byline of (where the front
    page's "My drafts" leads: `of`, as `drafts_of` counts them)."""

    title = "who wrote it"
    parameter_name = "mine"

    def lookups(self, request, model_admin):
        return [("1", "Me: started by me or in my byline")]

    def queryset(self, request, queryset):
        if self.value() != "1":
            return queryset
        return queryset.of(request.user)


class AuthorFilter(admin.RelatedOnlyFieldListFilter):
    """The authors of the articles listed; its last choice, the articles with
    no author (imported ones, or drafts not yet bylined), named as such
    rather than the admin's "-"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.empty_value_display = "No author"


class CategoryTreeFilter(admin.SimpleListFilter):
    """A category with the articles of its sub-categories."""

    title = "category (with sub-categories)"
    parameter_name = "in_category"

    def lookups(self, request, model_admin):
        categories = Category.objects.order_by("path")
        return [(str(c.pk), tree_label(c)) for c in categories]

    def queryset(self, request, queryset):
        value = self.value() or ""
        category = (
            Category.objects.filter(pk=value).first() if value.isdigit() else None
        )
        return queryset.in_category(category) if category else queryset


def tree_label(category):
    """A category's name indented to its depth, for flat lists of the tree."""
    indent = "\u2003" * (category.depth - 1)
    marker = "└ " if category.depth > 1 else ""
    return f"{indent}{marker}{category.name}"


@admin.register(Article)
class ArticleAdmin(NamedDateTimes, HistoryAdmin, NoncedMediaAdmin):
    """Articles: the list, the form, the workflow, and the history of every
    save (django-reversion with django-reversion-compare: list, compare any
    two, restore one as a new revision)."""

    form = ArticleAdminForm
    # Three columns, the last two of two to four lines: titles stay readable
    # at 1280 px beside the admin's navigation and filters.
    list_display = ["title", "state_and_dates", "filed_under"]
    # Rows are cards where the list is too narrow for its table
    # (templates/admin/change_list.html, css/admin-changelist.css).
    cards_when_narrow = True
    list_filter = [
        StateFilter,
        MineFilter,
        ("authors", AuthorFilter),
        CategoryTreeFilter,
        "publish_at",
        "featured",
        "allow_comments",
    ]
    search_fields = ["slug"]  # the search itself: get_search_results
    search_help_text = (
        "Finds words in the headline, standfirst or body, an author’s name or "
        "the web address."
    )
    # Drafts (not yet dated) first, then the newest: the one an editor just
    # saved is at the top, on either database (PostgreSQL and SQLite place
    # NULLs apart by default). Still along article_newest_idx on both.
    ordering = [F("publish_at").desc(nulls_first=True), "-pk"]
    # At 100,000 articles: no second count for "N total".
    show_full_result_count = False
    # A page's articles by their keys, which the list's index gives without
    # reading the rows it steps over: the last page of 30,000 articles read
    # every row before it (256 ms of SQL, 2.6 ms now; SQLite).
    paginator = KeysFirstPaginator
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["category", "pinned_related"]
    list_select_related = ["category"]
    list_per_page = 50
    actions = [
        "publish_now",
        "schedule",
        "withdraw",
        "feature",
        "unfeature",
        "move_to_category",
        "add_tag",
    ]
    inlines = [BylineInline, CorrectionInline, PreviewLinkInline]
    readonly_fields = [
        "body_as_published",
        "hero_preview",
        "state_label",
        "length",
        "reading_time",
        "created_at",
        "updated_at",
        "revised_at",
    ]
    save_on_top = True
    # Tags compare as the followed `tagged_items` rows (taggit's manager is not
    # a plain many-to-many); the rest is kept by save() or the clock.
    compare_exclude = [
        "tags",
        "hero_width",
        "hero_height",
        "section",
        "created_by",
        "updated_at",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "standfirst",
                    "body",
                    ("length", "reading_time"),
                    "loaded_at",
                ]
            },
        ),
        (
            "Publishing",
            {
                "fields": [
                    ("state_label", "status", "publish_at"),
                    "mark_as_update",
                    ("category", "featured", "allow_comments"),
                    "tags",
                    "pinned_related",
                    ("created_at", "updated_at", "revised_at"),
                ]
            },
        ),
        (
            "Hero image",
            {
                "fields": [
                    "hero_preview",
                    "hero_image",
                    "hero_photo",
                    ("hero_alt", "hero_decorative"),
                    "hero_caption",
                    "hero_credit",
                ]
            },
        ),
        (
            "Search engines and sharing",
            {"fields": ["seo_title", "seo_description"], "classes": ["collapse"]},
        ),
    ]

    class Media:
        css = {"all": ["css/admin-articles.css"]}
        js = ["js/article-length.js"]  # article-draft.js: on every admin page

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related(byline_prefetch())

    def get_changelist(self, request, **kwargs):
        return ArticleChangeList

    def get_search_results(self, request, queryset, search_term):
        """Words of the headline, standfirst and body from the full-text index
        (stemmed), an author's name, or part of the web address: the newest
        SEARCH_LIMIT matches of each, listed in the list's own order.

        Each is a bounded lookup that stops at its newest matches. One filter
        ORing them together kept PostgreSQL from using any index: 1.1 s for
        the count and as much for the page at 100,000 articles, for a word
        found in most of them.
        """
        term = search_term.strip()
        if not term:
            return queryset, False

        def newest_ids(matches):
            first = list(
                matches.order_by("-publish_at", "-pk").values_list("pk", flat=True)[
                    : SEARCH_LIMIT + 1
                ]
            )
            return first[:SEARCH_LIMIT], len(first) > SEARCH_LIMIT

        authors = Byline.objects.filter(author__name__icontains=term)
        found = [newest_ids(queryset.filter(pk__in=authors.values("article")))]
        if "-" in term or "/" in term:
            # A web address or part of one (a lone word is in the headline's
            # text; matching every slug's letters reads the whole table).
            slug = term.strip("/").rsplit("/", 1)[-1]
            found.append(newest_ids(queryset.filter(slug__icontains=slug)))
        query = parse_query(term)
        if query:
            in_text = search_articles(queryset, query, newest_first=True)
            found.append((in_text.ids(), in_text.capped))
        ids = {pk for first, _ in found for pk in first}
        listing = request.resolver_match.url_name == "articles_article_changelist"
        if listing and any(more for _, more in found):  # not in autocompletes
            self.message_user(
                request,
                f"More than {SEARCH_LIMIT:,} articles match “{term}”: the newest "
                f"{SEARCH_LIMIT:,} of each kind of match are listed. Add words "
                "or a filter to narrow the search.",
                messages.INFO,
            )
        return queryset.filter(pk__in=ids), False

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.user = request.user
        return form

    def render_change_form(self, request, context, *args, **kwargs):
        form = context["adminform"].form
        if form.files.get("hero_image") and "hero_image" not in form.errors:
            # The form came back with a problem elsewhere, and a browser never
            # sends a chosen file again: without a word, the article would be
            # saved next time with the alt text and no picture.
            form.add_error(
                "hero_image",
                forms.ValidationError(
                    "Choose the picture again: a file chosen here is not kept "
                    "when the form comes back to be corrected.",
                    code="hero_not_kept",
                ),
            )
        return super().render_change_form(request, context, *args, **kwargs)

    def get_fieldsets(self, request, obj=None):
        """The body as readers see it for one who may only read the article
        (a contributor opening a colleague's, or a published one), where the
        read-only field showed its HTML source."""
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fieldsets
        return [
            (
                name,
                {
                    **options,
                    "fields": [
                        "body_as_published" if field == "body" else field
                        for field in options["fields"]
                    ],
                },
            )
            for name, options in fieldsets
        ]

    @admin.display(description="body")
    def body_as_published(self, article):
        # Cleaned by thinktank.sanitize.clean_html when it was saved, as the
        # article page trusts it.
        return format_html(
            '<div class="body-as-published">{}</div>', mark_safe(article.body)
        )

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        if hasattr(request, "workflow_before_restore"):
            readonly = [*readonly, *WORKFLOW_FIELDS]
        elif not can_publish(request.user):
            # The date readers see, and what leads the home page, are the
            # editors' to set.
            readonly = [*readonly, "publish_at", "featured"]
        return readonly

    def revision_view(self, request, object_id, version_id, extra_context=None):
        """Restore an earlier revision as a new one. It brings back words,
        pictures, byline, tags and settings, never a publishing state: the
        article keeps the state and dates it has now."""
        article = get_object_or_404(Article, pk=unquote(object_id))
        # Checked before the revert: afterwards the article looks as it was then.
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        version = get_object_or_404(Version, pk=version_id, object_id=str(article.pk))
        if restores_other_articles(version):
            return self.refuse_shared_revision(
                request, reverse("admin:articles_article_history", args=[article.pk])
            )
        request.workflow_before_restore = {
            field: getattr(article, field) for field in WORKFLOW_FIELDS
        }
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        """Bring back a deleted article, and only a deleted one: an article
        still here is restored from its History (`revision_view`), which asks
        whether the user may change it as it is now and keeps its state."""
        version = get_object_or_404(Version.objects.get_deleted(Article), pk=version_id)
        if restores_other_articles(version):
            return self.refuse_shared_revision(
                request, reverse("admin:articles_article_recoverlist")
            )
        return super().recover_view(request, version_id, extra_context)

    def refuse_shared_revision(self, request, back):
        self.message_user(
            request,
            "This revision was saved by a bulk action on several articles, and "
            "restoring it would change every one of them: choose another revision.",
            messages.ERROR,
        )
        return redirect(back)

    def compare_body(self, obj_compare):
        """The body's words, not its markup, diffed word by word."""
        return word_diff(plain_text(obj_compare.value1), plain_text(obj_compare.value2))

    def compare_CharField(self, obj_compare):
        return word_diff(obj_compare.value1 or "", obj_compare.value2 or "")

    compare_TextField = compare_CharField

    def has_change_permission(self, request, obj=None):
        """Contributors change their own drafts and articles in review; what
        readers can see, or saw, is the editors' (`changeable`)."""
        allowed = super().has_change_permission(request, obj)
        if obj is None or not allowed or can_publish(request.user):
            return allowed
        return changeable(Article.objects.filter(pk=obj.pk), request.user).exists()

    def has_publish_permission(self, request):
        return can_publish(request.user)

    @admin.action(description="Publish now", permissions=["publish"])
    def publish_now(self, request, queryset):
        self.report(
            request, "Published", publish_articles(articles=queryset, by=request.user)
        )

    @admin.action(description="Schedule…", permissions=["publish"])
    def schedule(self, request, queryset):
        return self.bulk_form(
            request,
            queryset,
            ScheduleForm,
            "schedule",
            "Schedule",
            lambda data: self.report(
                request,
                "Scheduled",
                publish_articles(articles=queryset, by=request.user, at=data["at"]),
            ),
        )

    @admin.action(description="Withdraw from readers", permissions=["publish"])
    def withdraw(self, request, queryset):
        self.report(
            request, "Withdrew", withdraw_articles(articles=queryset, by=request.user)
        )

    @admin.action(description="Feature on the home page", permissions=["publish"])
    def feature(self, request, queryset):
        outcome = feature_articles(articles=queryset, featured=True, by=request.user)
        self.report(request, "Featured", outcome)

    @admin.action(description="Stop featuring", permissions=["publish"])
    def unfeature(self, request, queryset):
        outcome = feature_articles(articles=queryset, featured=False, by=request.user)
        self.report(request, "Stopped featuring", outcome)

    @admin.action(description="Move to a category…", permissions=["change"])
    def move_to_category(self, request, queryset):
        return self.bulk_form(
            request,
            queryset,
            MoveToCategoryForm,
            "move_to_category",
            "Move to a category",
            lambda data: self.report(
                request,
                f"Moved to “{data['category']}”",
                move_articles(
                    articles=queryset, category=data["category"], by=request.user
                ),
            ),
        )

    @admin.action(description="Add a tag…", permissions=["change"])
    def add_tag(self, request, queryset):
        return self.bulk_form(
            request,
            queryset,
            AddTagForm,
            "add_tag",
            "Add a tag",
            lambda data: self.report(
                request,
                f"Tagged “{data['tag'].name}”",
                tag_articles(articles=queryset, tag=data["tag"], by=request.user),
            ),
        )

    def bulk_form(self, request, queryset, form_class, action, title, apply):
        """Ask what the action `action` needs (a time, a category, a tag), then
        `apply` the cleaned data."""
        form = form_class(request.POST if "post" in request.POST else None)
        if form.is_valid():
            apply(form.cleaned_data)
            return None
        return TemplateResponse(
            request,
            "admin/articles/article/bulk_action.html",
            {
                **self.admin_site.each_context(request),
                "title": title,
                "opts": self.opts,
                "articles": queryset,
                "form": form,
                "action": action,
                "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
                "media": self.media + form.media,
            },
        )

    def report(self, request, done, outcome):
        """Tell the editor what a bulk action did, and what it left alone."""
        count = outcome.changed
        self.message_user(
            request,
            f"{done}: {count} article{'' if count == 1 else 's'}.",
            messages.SUCCESS if count else messages.WARNING,
        )
        for reason, titles in outcome.skipped.items():
            listed = ", ".join(f"“{title}”" for title in titles)
            self.message_user(
                request, f"Left alone ({reason}): {listed}.", messages.WARNING
            )

    def get_object(self, request, object_id, from_field=None):
        """The article; while restoring, the revision's words with the state
        and dates it has now, which the form shows and the save keeps."""
        article = super().get_object(request, object_id, from_field)
        if article is None:
            return None
        for field, value in getattr(request, "workflow_before_restore", {}).items():
            setattr(article, field, value)
        # The form sets what was typed on the article even when it refuses it.
        article.saved_state = article.state
        return article

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        if "status" in form.changed_data and obj.status == Article.Status.REVIEW:
            # The editors are emailed by a task queued once the save commits
            # (never if it rolls back); a mail failure is retried by the worker
            # and never undoes the save.
            transaction.on_commit(
                partial(
                    tasks.send_review_request.enqueue,
                    article_id=obj.pk,
                    requested_by_id=request.user.pk,
                ),
                robust=True,
            )

    def save_formset(self, request, form, formset, change):
        if formset.model is PreviewLink:
            for link in formset.save(commit=False):
                if link.created_by_id is None:
                    link.created_by = request.user
                link.save()
            for link in formset.deleted_objects:
                link.delete()
            return
        super().save_formset(request, form, formset, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        date_by_corrections(article=form.instance)

    @admin.display(description="state", ordering="status")
    def state_label(self, article):
        """The state the article is in (saved), whatever the form asks."""
        return getattr(article, "saved_state", article.state).label

    @admin.display(description="state · date", ordering=UNDATED_LAST)
    def state_and_dates(self, article, queue=None):
        """The state and date, then the approved comments and those awaiting
        moderation (annotated by ArticleChangeList.get_results), as
        WordPress's comment bubbles."""
        return render_to_string(
            "admin/articles/article/_list_state.html",
            {"article": article, "queue": queue},
        )

    @admin.display(description="state · date", ordering=UNDATED_LAST)
    def state_and_dates_linked(self, article):
        return self.state_and_dates(
            article, queue=reverse("admin:comments_comment_changelist")
        )

    @admin.display(description="category · authors", ordering="category")
    def filed_under(self, article):
        return render_to_string(
            "admin/articles/article/_list_filed.html", {"article": article}
        )

    def get_list_display(self, request):
        """Those who may open the comment queue get the comment counts as
        links to it."""
        if request.user.has_perm("comments.view_comment"):
            return [
                "state_and_dates_linked" if name == "state_and_dates" else name
                for name in self.list_display
            ]
        return self.list_display

    @admin.display(description="length")
    def length(self, article):
        """The body's words (as saved; static/js/article-length.js keeps the
        number current while the editor types)."""
        return render_to_string(
            "admin/articles/article/_length.html",
            {
                "words": article.word_count,
                "word_breaking_tags": WORD_BREAKING_TAGS.pattern,
            },
        )

    @admin.display(description="current hero image")
    def hero_preview(self, article):
        return image_preview(
            article.hero_image, article.hero_width, article.hero_height, shown=160
        )


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["tree_name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name", "path"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    fields = ["name", "slug", "parent", "description", "position"]
    ordering = ["path"]

    @admin.display(description="category", ordering="path")
    def tree_name(self, category):
        return tree_label(category)

    def get_deleted_objects(self, objs, request):
        """A category with sub-categories or articles filed under it cannot be
        deleted (they PROTECT it): say so, naming the sub-categories and the
        newest articles, from a few bounded queries. Django's collector read
        every article first, with its tags and their links: over 9,000
        queries and 5 s for a section of 1,250 articles."""
        articles = Article.objects.filter(Q(category__in=objs) | Q(section__in=objs))
        protected = [
            *protected_rows(
                Category.objects.filter(parent__in=objs),
                label="Sub-category",
                plural="sub-categories",
            ),
            *protected_rows(articles.only("title"), label="Article", plural="articles"),
        ]
        if not protected:
            return super().get_deleted_objects(objs, request)
        return [], {}, set(), protected


@admin.register(Photo)
class PhotoAdmin(PhotoLibraryAdminMixin, admin.ModelAdmin):
    list_display = ["thumbnail", "alt", "caption", "credit", "uploaded_at"]
    # The preview's image has an empty alt (the alt text stands beside it): as
    # the row's link it would be a link with no name.
    list_display_links = ["alt"]
    search_fields = ["alt", "caption", "credit"]
    readonly_fields = ["thumbnail"]
    fields = ["image", "thumbnail", "alt", "caption", "credit"]

    @admin.display(description="preview")
    def thumbnail(self, photo):
        return image_preview(photo.image, photo.width, photo.height)

    def delete_view(self, request, object_id, extra_context=None):
        """The confirmation says which articles show the photo: they keep
        showing it, as its file stays on the server (deleting the photo takes
        it out of the library only), where the page named the photo alone."""
        photo = self.get_object(request, unquote(object_id))
        if request.method == "GET" and photo is not None:
            using = Article.objects.filter(
                Q(hero_image=photo.image.name)
                | Q(body__contains=f'data-photo="{photo.pk}"')
            ).only("title")
            titles = [f"“{article.title}”" for article in using[:6]]
            if titles:
                self.message_user(
                    request,
                    "Shown in "
                    + ", ".join(titles[:5])
                    + (" and more" if len(titles) > 5 else "")
                    + ". Those articles keep showing it: its file stays on the "
                    "server. To take the picture off the site, remove it from "
                    "each article first.",
                    messages.WARNING,
                )
        return super().delete_view(request, object_id, extra_context)


@admin.register(PromoSlot)
class PromoSlotAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_URL_FIELDS
    # Four columns, the dates under what readers see: the list fits its 631 px
    # box beside the navigation and filters at 1280 px (it needed 1213).
    list_display = ["name", "position", "on_site", "preview"]
    list_filter = ["position"]
    search_fields = ["name", "alt", "link"]
    readonly_fields = ["preview"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(running_now=running_q(timezone.now()))
            .with_shown_now()
        )

    def save_model(self, request, obj, form, change):
        """Saved as given; a picture far from its slot's shape is said so (a
        warning, not a refusal: a house ad may be what there is)."""
        super().save_model(request, obj, form, change)
        if warning := obj.shape_warning:
            self.message_user(request, warning, messages.WARNING)

    @admin.display(description="on the site · from – until", ordering="starts_at")
    def on_site(self, promo):
        """Which promo readers see: of those running in a position, only the
        newest started (`PromoSlotQuerySet.by_position`); four banners all
        said "running" where readers saw one."""
        if promo.shown_now:
            state = "Shown now"
        elif promo.running_now:
            state = "Running, hidden by a newer one"
        elif promo.starts_at > timezone.now():
            state = "Not started yet"
        else:
            state = "Ended"
        return render_to_string(
            "admin/articles/promoslot/_list_on_site.html",
            {"promo": promo, "state": state},
        )

    @admin.display(description="preview")
    def preview(self, promo):
        # A 970×120 banner 60 px high was 485 px wide.
        return image_preview(
            promo.image, promo.width, promo.height, shown=60, widest=120
        )


admin.site.unregister(Tag)


@admin.register(Tag)
class ArticleTagsTagAdmin(TagSuggestionsAdminMixin, TagAdmin):
    """taggit's tag admin with a merge of our own in place of its inline and
    its merge action: both are written for taggit's generic table, where
    articles' tags no longer are (`ArticleTag`)."""

    inlines = []
    actions = ["merge"]

    def get_urls(self):
        """taggit's own merge page (merge-tags/) is left out with its action:
        it checks no permission, so any staff account (a moderator) could
        create tags there, and it merges rows of taggit's table, not ours."""
        return [
            url
            for url in super().get_urls()
            if getattr(url, "name", None) != "taggit_tag_merge_tags"
        ]

    def save_model(self, request, obj, form, change):
        """A tag given a new slug keeps its old address working (a redirect)."""
        super().save_model(request, obj, form, change)
        if change and "slug" in form.changed_data:
            move_tag_addresses(slugs=[form.initial["slug"]], to=obj)

    def get_deleted_objects(self, objs, request):
        """What deleting tags takes with them, counted rather than listed: their
        place on each article (the articles stay) and their old addresses.
        Django's page named every article carrying them, one query apiece: 95
        queries for a tag on 89 articles, thousands for a tag on thousands.
        None of those rows has an admin of its own, so no permission is asked."""
        tags = list(objs)
        counts = {}
        for relation in Tag._meta.get_fields():
            if relation.one_to_many and relation.auto_created:
                model = relation.related_model
                rows = model._meta.default_manager.filter(
                    **{f"{relation.field.name}__in": tags}
                ).count()
                if rows:
                    counts[str(model._meta.verbose_name_plural)] = rows
        deleted = [f"Tag: {tag}" for tag in tags]
        deleted += [f"{rows:,} {name}" for name, rows in counts.items()]
        return deleted, {"tags": len(tags), **counts}, set(), []

    def has_merge_permission(self, request):
        """A merge changes one tag and deletes the others: it takes both rights
        (an action's own list of permissions asks for any one of them)."""
        return self.has_change_permission(request) and self.has_delete_permission(
            request
        )

    @admin.action(description="Merge selected tags into one", permissions=["merge"])
    def merge(self, request, queryset):
        tags = queryset.annotate(
            article_count=Count("articles_articletag_items")
        ).order_by("name")
        if len(tags) < 2:
            self.message_user(
                request, "Select at least two tags to merge.", messages.WARNING
            )
            return None
        form = MergeTagsForm(tags, request.POST if "post" in request.POST else None)
        if form.is_valid():
            keep = form.cleaned_data["keep"]
            carrying = merge_tags(tags=tags, into=keep)
            merged = ", ".join(f"“{tag.name}”" for tag in tags if tag != keep)
            self.message_user(
                request,
                f"Merged {merged} into “{keep.name}”, which {carrying} "
                f"article{' carries' if carrying == 1 else 's carry'} now.",
                messages.SUCCESS,
            )
            return None
        return TemplateResponse(
            request,
            "admin/taggit/tag/merge_tags.html",
            {
                **self.admin_site.each_context(request),
                "title": "Merge tags",
                "opts": self.opts,
                "tags": tags,
                "form": form,
                "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            },
        )
