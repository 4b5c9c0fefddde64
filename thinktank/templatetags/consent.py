from django import template
from django.conf import settings

from thinktank.consent import unused_cookie_groups

register = template.Library()


@register.inclusion_tag("includes/cookie_banner.html")
def cookie_banner():
    """The cookie banner, identical for every reader so that pages stay cacheable:
    static/js/consent.js asks the server whether this reader still has to choose."""
    return {
        "analytics_url": settings.ANALYTICS_SCRIPT_URL,
        "unused_groups": " ".join(sorted(unused_cookie_groups())),
    }
