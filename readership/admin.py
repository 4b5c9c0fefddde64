from django.contrib import admin

from .models import DailyReads


@admin.register(DailyReads)
class DailyReadsAdmin(admin.ModelAdmin):
    list_display = ["article", "day", "reads"]
    list_filter = ["day"]
    list_select_related = ["article"]
    date_hierarchy = "day"
    ordering = ["-day", "-reads"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
