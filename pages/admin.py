from django.contrib import admin

from thinktank.admin import NoncedMediaAdmin

from .models import Page


@admin.register(Page)
class PageAdmin(NoncedMediaAdmin):
    list_display = ["title", "url", "status", "updated_at"]
    list_filter = ["status"]
    search_fields = ["title", "url"]
    fields = ["title", "url", "status", "description", "body"]
