from cookie_consent.admin import CookieAdmin, LogItemAdmin
from cookie_consent.models import ACTION_ACCEPTED, ACTION_DECLINED, Cookie, LogItem
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count, Q
from django.utils.translation import ngettext
from django_tasks import TaskResultStatus
from django_tasks_db.admin import DBTaskResultAdmin
from django_tasks_db.models import DBTaskResult
from js_asset.media import Media
from reversion_compare.admin import CompareVersionAdmin

from .models import CookieLifetime
from .tasks import RUNNING_TOO_LONG, requeue_tasks

# Web addresses typed without a scheme are taken as https:// (Django 6's
# default; Django 5.2 would assume http:// and warn).
HTTPS_URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


# Rows named when something in use cannot be deleted; the rest are counted.
PROTECTED_SHOWN = 20


def protected_rows(rows, *, label, plural):
    """The rows of the queryset `rows` that keep an object from being deleted,
    as `ModelAdmin.get_deleted_objects` lists them: the first PROTECTED_SHOWN
    as "label: row", then "… and N more plural". Two bounded queries, where
    Django's collector reads every such row, and each one's own links, first
    (one query per row to name it)."""
    first = list(rows[: PROTECTED_SHOWN + 1])
    named = [f"{label}: {row}" for row in first[:PROTECTED_SHOWN]]
    if len(first) > PROTECTED_SHOWN:
        named.append(f"… and {rows.count() - PROTECTED_SHOWN:,} more {plural}")
    return named


class NoncedMediaAdmin(admin.ModelAdmin):
    """Stamps the request's CSP nonce on the form's media.

    django-prose-editor loads its ES modules through an inline import map; our
    Content-Security-Policy allows no inline script except one carrying the
    nonce of the current response.
    """

    def render_change_form(self, request, context, *args, **kwargs):
        context["media"] = Media.from_media(context["media"], nonce=request.csp_nonce)
        return super().render_change_form(request, context, *args, **kwargs)


class HistoryAdmin(CompareVersionAdmin):
    """Revisions with django-reversion-compare: History lists them, any two
    compare, any one restores.

    The library's compare view checks no permission (only the admin's staff
    login): it shows two revisions to whoever may see the object's History,
    as Django's history view does, and to nobody else.
    """

    object_history_template = "admin/object_history_compare.html"

    def compare_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is not None and not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        return super().compare_view(request, object_id, extra_context)


# Cookie consent: each cookie's duration, and the consent log with counts per group.
# The library registers its own admins when it is imported; ours replace two.
class CookieLifetimeInline(admin.StackedInline):
    model = CookieLifetime
    can_delete = False
    min_num = 1
    max_num = 1


admin.site.unregister(Cookie)


@admin.register(Cookie)
class CookieWithLifetimeAdmin(CookieAdmin):
    inlines = [CookieLifetimeInline]
    list_display = [*CookieAdmin.list_display, "duration"]
    list_select_related = ["cookiegroup", "lifetime"]

    @admin.display(description="duration", ordering="lifetime__duration")
    def duration(self, cookie):
        lifetime = getattr(cookie, "lifetime", None)
        return lifetime.duration if lifetime else "—"


if admin.site.is_registered(LogItem):
    admin.site.unregister(LogItem)


@admin.register(LogItem)
class ConsentLogAdmin(LogItemAdmin):
    """Accept and decline decisions, read-only, with counts per group.

    An entry holds the group, the decision, the group's version and the time:
    nothing that identifies the reader (no IP address, no user agent).
    """

    list_select_related = ["cookiegroup"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        changelist = getattr(response, "context_data", {}).get("cl")
        if changelist is not None:
            # Counts follow the changelist's filters and date drill-down.
            response.context_data["consent_counts"] = (
                changelist.queryset.order_by()
                .values("cookiegroup__name")
                .annotate(
                    accepted=Count("pk", filter=Q(action=ACTION_ACCEPTED)),
                    declined=Count("pk", filter=Q(action=ACTION_DECLINED)),
                )
                .order_by("cookiegroup__name")
            )
            response.context_data["retention_days"] = (
                settings.CONSENT_LOG_RETENTION_DAYS
            )
        return response


# Background tasks (thinktank/tasks.py). The library's admin is read-only; ours
# adds the counts by state, each task's attempts and last error, and "retry".
# Its permissions are the model's own, which only superusers hold.
admin.site.unregister(DBTaskResult)


@admin.register(DBTaskResult)
class TaskResultAdmin(DBTaskResultAdmin):
    list_display = [
        "task_name",
        "status",
        "attempts",
        "last_error",
        "finished_at",
        "display_run_after",
    ]
    list_filter = ["status"]
    search_fields = ["task_path"]
    show_full_result_count = False  # the counts by state say it
    actions = ["retry"]

    @admin.display(description="attempts")
    def attempts(self, result):
        return len(result.worker_ids)

    @admin.display(description="last error")
    def last_error(self, result):
        return result.exception_class_path.rpartition(".")[2] or "—"

    def has_retry_permission(self, request):
        return request.user.has_perm("django_tasks_database.change_dbtaskresult")

    @admin.action(
        description="Retry the selected failed or lost tasks", permissions=["retry"]
    )
    def retry(self, request, queryset):
        queued = requeue_tasks(results=queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d task queued to run again.",
                "%(count)d tasks queued to run again.",
                queued,
            )
            % {"count": queued},
        )

    def changelist_view(self, request, extra_context=None):
        counts = dict(
            DBTaskResult.objects.order_by().values_list("status").annotate(Count("pk"))
        )
        extra_context = {
            **(extra_context or {}),
            "task_counts": [
                (status, counts.get(status.value, 0)) for status in TaskResultStatus
            ],
            "max_attempts": settings.TASKS_MAX_ATTEMPTS,
            "running_too_long_minutes": int(RUNNING_TOO_LONG.total_seconds() // 60),
        }
        return super().changelist_view(request, extra_context)
