from django.contrib import admin

from thinktank.admin import HistoryAdmin, NoncedMediaAdmin

from .models import Page


@admin.register(Page)
class PageAdmin(HistoryAdmin, NoncedMediaAdmin):
    """Static pages, with their revisions: history, compare and restore."""

    list_display = ["title", "url", "status", "updated_at"]
    list_filter = ["status"]
    search_fields = ["title", "url"]
    fields = ["title", "url", "status", "description", "body"]

    class Media:  # the rich-text editor's focus ring, as on the article form
        css = {"all": ["css/admin-desk.css"]}
