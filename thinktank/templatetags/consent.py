from django import template
from django.conf import settings
from django.utils.html import format_html

from thinktank.consent import ANALYTICS, optional_cookies_allowed, unused_cookie_groups

register = template.Library()


@register.inclusion_tag("includes/cookie_banner.html")
def cookie_banner():
    """The cookie banner, identical for every reader so that pages stay cacheable:
    static/js/consent.js asks the server whether this reader still has to choose."""
    return {
        "analytics_url": settings.ANALYTICS_SCRIPT_URL,
        "unused_groups": " ".join(sorted(unused_cookie_groups())),
    }


@register.simple_tag(takes_context=True)
def analytics_script(context):
    """The analytics script for a reader who accepted "Analytics", else nothing.

    A page carrying it is marked private (see ConsentMiddleware). Readers who
    accept later, or get a cached page made for someone else, have the script
    loaded by static/js/consent.js instead.
    """
    request = context.get("request")
    if request is None or not optional_cookies_allowed(request, ANALYTICS):
        return ""
    request.varies_on_consent = True
    return format_html(
        '<script src="{}" async data-analytics></script>', settings.ANALYTICS_SCRIPT_URL
    )
