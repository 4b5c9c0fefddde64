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
from .services import merge_tags, move_tag_addresses


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


@admin.register(Article)
class ArticleAdmin(NoncedMediaAdmin):
    form = ArticleAdminForm
    list_display = [
        "title",
        "status",
        "category",
        "byline",
        "publish_at",
        "live",
        "featured",
    ]
    list_filter = ["status", "featured", "category", "publish_at", "allow_comments"]
    search_fields = ["title", "standfirst", "slug"]
    # At 100,000 articles: no second count for "N total".
    show_full_result_count = False
    date_hierarchy = "publish_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["category", "pinned_related"]
    list_select_related = ["category"]
    inlines = [BylineInline]
    readonly_fields = ["hero_preview", "reading_time", "created_at", "updated_at"]
    save_on_top = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "standfirst", "body"]}),
        (
            "Publishing",
            {
                "fields": [
                    ("status", "publish_at"),
                    ("category", "featured", "allow_comments"),
                    "tags",
                    "pinned_related",
                    ("reading_time", "created_at", "updated_at"),
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

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related(byline_prefetch())

    @admin.display(description="authors")
    def byline(self, article):
        return ", ".join(author.name for author in article.byline)

    @admin.display(description="live?", boolean=True)
    def live(self, article):
        return article.is_published

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
        indent = "\u2003" * (category.depth - 1)
        marker = "└ " if category.depth > 1 else ""
        return f"{indent}{marker}{category.name}"


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
