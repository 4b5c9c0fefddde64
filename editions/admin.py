from django.contrib import admin

from .models import Edition, EditionArticle


class EditionArticleInline(admin.TabularInline):
    model = EditionArticle
    fields = ["position", "article"]
    autocomplete_fields = ["article"]
    extra = 3


@admin.register(Edition)
class EditionAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "date"]
    search_fields = ["title"]
    date_hierarchy = "date"
    fields = ["volume", "number", "date", "title", "cover", "cover_alt", "pdf"]
    inlines = [EditionArticleInline]

    @admin.display(description="issue", ordering="volume")
    def name(self, edition):
        return edition.name
