from django.contrib import admin

from articles.admin import image_preview
from thinktank.admin import HTTPS_URL_FIELDS, HistoryAdmin, NoncedMediaAdmin

from .models import Author


@admin.register(Author)
class AuthorAdmin(HistoryAdmin, NoncedMediaAdmin):
    """Authors, with their revisions: history, compare and restore."""

    formfield_overrides = HTTPS_URL_FIELDS
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

    @admin.display(description="photo")
    def portrait(self, author):
        return image_preview(
            author.photo, author.photo_width, author.photo_height, shown=60
        )
