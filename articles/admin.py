from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import Count
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import format_html
from taggit.admin import TagAdmin
from taggit.models import Tag

from thinktank.admin import HTTPS_URL_FIELDS, NoncedMediaAdmin

from .forms import ArticleAdminForm, MergeTagsForm
from .models import Article, Byline, Category, Photo, PromoSlot
from .querysets import byline_prefetch
from .search import parse_query, search_articles
from .services import (
    can_publish,
    merge_tags,
    move_tag_addresses,
    request_review,
)


def image_preview(image, height=80):
    """A small preview of an uploaded picture for admin pages."""
    if not image:
        return "—"
    return format_html(
        '<img src="{}" alt="" style="max-height:{}px;width:auto">', image.url, height
    )


class BylineInline(admin.TabularInline):
    model = Byline
    extra = 1
    min_num = 1
    autocomplete_fields = ["author"]
    verbose_name = "author"
    verbose_name_plural = "byline (in order)"


class StateFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return Article.State.choices

    def queryset(self, request, queryset):
        if self.value() in Article.State.values:
            return queryset.in_state(self.value())
        return queryset


class CategoryTreeFilter(admin.SimpleListFilter):
    """A category with the articles of its sub-categories."""

    title = "category (with sub-categories)"
    parameter_name = "in_category"

    def lookups(self, request, model_admin):
        categories = sorted(Category.by_pk().values(), key=lambda c: c.path)
        return [(str(c.pk), tree_label(c)) for c in categories]

    def queryset(self, request, queryset):
        category = Category.by_pk().get(int(self.value())) if self.value() else None
        return queryset.in_category(category) if category else queryset


def tree_label(category):
    """A category's name indented to its depth, for flat lists of the tree."""
    indent = "\u2003" * (category.depth - 1)
    marker = "└ " if category.depth > 1 else ""
    return f"{indent}{marker}{category.name}"


@admin.register(Article)
class ArticleAdmin(NoncedMediaAdmin):
    form = ArticleAdminForm
    list_display = [
        "title",
        "state_label",
        "category",
        "byline",
        "publish_at",
        "revised_at",
        "featured",
    ]
    list_filter = [
        StateFilter,
        ("authors", admin.RelatedOnlyFieldListFilter),
        CategoryTreeFilter,
        "publish_at",
        "featured",
        "allow_comments",
    ]
    search_fields = ["title", "standfirst", "slug", "authors__name"]
    search_help_text = (
        "Finds words in the headline, standfirst or body, an author’s name or "
        "the web address."
    )
    date_hierarchy = "publish_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["category", "pinned_related"]
    list_select_related = ["category"]
    list_per_page = 50
    inlines = [BylineInline]
    readonly_fields = [
        "hero_preview",
        "state_label",
        "reading_time",
        "created_at",
        "updated_at",
        "revised_at",
    ]
    save_on_top = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "standfirst", "body"]}),
        (
            "Publishing",
            {
                "fields": [
                    ("state_label", "status", "publish_at"),
                    "mark_as_update",
                    ("category", "featured", "allow_comments"),
                    "tags",
                    "pinned_related",
                    ("reading_time", "created_at", "updated_at", "revised_at"),
                ]
            },
        ),
        (
            "Hero image",
            {
                "fields": [
                    "hero_preview",
                    "hero_image",
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

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related(byline_prefetch())

    def get_search_results(self, request, queryset, search_term):
        """The admin's word search on headline, standfirst, address and author,
        or the full-text index (stemmed words of the body too)."""
        found, may_have_duplicates = super().get_search_results(
            request, queryset, search_term
        )
        query = parse_query(search_term)
        if not query:
            return found, may_have_duplicates
        in_text = [a.pk for a in search_articles(Article.objects.all(), query)[:]]
        return found | queryset.filter(pk__in=in_text), may_have_duplicates

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.user = request.user
        return form

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        if not can_publish(request.user):
            # The date readers see is the editors' to set.
            readonly = [*readonly, "publish_at"]
        return readonly

    def has_change_permission(self, request, obj=None):
        """Contributors change their drafts and articles in review; what
        readers can see, or saw, is the editors'."""
        allowed = super().has_change_permission(request, obj)
        if obj is None or not allowed or can_publish(request.user):
            return allowed
        return obj.status in (Article.Status.DRAFT, Article.Status.REVIEW)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "status" in form.changed_data and obj.status == Article.Status.REVIEW:
            request_review(article=obj, by=request.user)

    @admin.display(description="state", ordering="status")
    def state_label(self, article):
        return article.state.label

    @admin.display(description="authors")
    def byline(self, article):
        return ", ".join(author.name for author in article.byline)

    @admin.display(description="current hero image")
    def hero_preview(self, article):
        return image_preview(article.hero_image, height=160)


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


@admin.register(Photo)
class PhotoAdmin(admin.ModelAdmin):
    list_display = ["thumbnail", "alt", "caption", "credit", "uploaded_at"]
    search_fields = ["alt", "caption", "credit"]
    readonly_fields = ["thumbnail", "address", "figure_markup"]
    fields = [
        "image",
        "thumbnail",
        "alt",
        "caption",
        "credit",
        "address",
        "figure_markup",
    ]

    @admin.display(description="preview")
    def thumbnail(self, photo):
        return image_preview(photo.image)

    @admin.display(description="address for the editor’s image button")
    def address(self, photo):
        return photo.image.url if photo.image else "—"

    @admin.display(description="figure markup")
    def figure_markup(self, photo):
        return photo.figure_html() if photo.pk else "—"


@admin.register(PromoSlot)
class PromoSlotAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_URL_FIELDS
    list_display = ["name", "position", "starts_at", "ends_at", "running", "preview"]
    list_filter = ["position"]
    search_fields = ["name", "alt", "link"]
    readonly_fields = ["preview"]

    @admin.display(boolean=True, description="running now?")
    def running(self, promo):
        now = timezone.now()
        return promo.starts_at <= now and (promo.ends_at is None or promo.ends_at > now)

    @admin.display(description="preview")
    def preview(self, promo):
        return image_preview(promo.image, height=60)


admin.site.unregister(Tag)


@admin.register(Tag)
class ArticleTagsTagAdmin(TagAdmin):
    """taggit's tag admin with a merge of our own in place of its inline and
    its merge action: both are written for taggit's generic table, where
    articles' tags no longer are (`ArticleTag`)."""

    inlines = []
    actions = ["merge"]

    def save_model(self, request, obj, form, change):
        """A tag given a new slug keeps its old address working (a redirect)."""
        super().save_model(request, obj, form, change)
        if change and "slug" in form.changed_data:
            move_tag_addresses(slugs=[form.initial["slug"]], to=obj)

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
