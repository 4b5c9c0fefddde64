from cookie_consent.admin import CookieAdmin, LogItemAdmin
from cookie_consent.models import ACTION_ACCEPTED, ACTION_DECLINED, Cookie, LogItem
from django.conf import settings
from django.contrib import admin
from django.db import models
from django.db.models import Count, Q
from js_asset.media import Media

from .models import CookieLifetime

# Web addresses typed without a scheme are taken as https:// (Django 6's
# default; Django 5.2 would assume http:// and warn).
HTTPS_URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


class NoncedMediaAdmin(admin.ModelAdmin):
    """Stamps the request's CSP nonce on the form's media.

    django-prose-editor loads its ES modules through an inline import map; our
    Content-Security-Policy allows no inline script except one carrying the
    nonce of the current response.
    """

    def render_change_form(self, request, context, *args, **kwargs):
        context["media"] = Media.from_media(context["media"], nonce=request.csp_nonce)
        return super().render_change_form(request, context, *args, **kwargs)


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
