from django.contrib import admin
from django_prose_editor.fields import ProseEditorField

from articles.widgets import PictureProseEditorWidget
from thinktank.admin import HistoryAdmin, NoncedMediaAdmin

from .models import Page


@admin.register(Page)
class PageAdmin(HistoryAdmin, NoncedMediaAdmin):
    """Static pages, with their revisions: history, compare and restore."""

    list_display = ["title", "url", "status", "updated_at"]
    list_filter = ["status"]
    search_fields = ["title", "url"]
    fields = ["title", "url", "status", "description", "body"]
    # The body has the article's editor, picture button included: without the
    # picture dialog's import map its module fails to load, and the editor
    # dropped every picture of a page it opened at the next save.
    formfield_overrides = {ProseEditorField: {"widget": PictureProseEditorWidget}}
