from django.contrib import admin

from articles.admin import image_preview
from articles.models import Article
from thinktank.admin import (
    HTTPS_URL_FIELDS,
    HistoryAdmin,
    NoncedMediaAdmin,
    protected_rows,
)

from .models import Author


@admin.register(Author)
class AuthorAdmin(HistoryAdmin, NoncedMediaAdmin):
    """Authors, with their revisions: history, compare and restore."""

    formfield_overrides = HTTPS_URL_FIELDS

    class Media:  # the bio editor's focus ring, as on the article and page forms
        css = {"all": ["css/admin-desk.css"]}

    list_display = ["portrait", "name", "role", "x_handle", "user"]
    list_display_links = ["portrait", "name"]
    # The sign-in account is optional: Django's own select_related follows
    # only required links, which left one query per row.
    list_select_related = ["user"]
    search_fields = ["name", "role"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]
    readonly_fields = ["portrait"]
    fields = [
        "name",
        "slug",
        "role",
        "bio",
        "photo",
        "portrait",
        "x_handle",
        "website",
        "user",
    ]

    def get_deleted_objects(self, objs, request):
        """An author in a byline cannot be deleted (bylines PROTECT them): say
        so, naming their newest articles, from two bounded queries. Django's
        collector named every byline, one query each: 233 queries for an
        author of 227 articles."""
        protected = protected_rows(
            Article.objects.filter(byline__author__in=objs).distinct().only("title"),
            label="Article",
            plural="articles",
        )
        if not protected:
            return super().get_deleted_objects(objs, request)
        return [], {}, set(), protected

    @admin.display(description="photo")
    def portrait(self, author):
        return image_preview(
            author.photo, author.photo_width, author.photo_height, shown=60
        )
