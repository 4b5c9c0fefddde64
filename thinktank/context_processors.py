from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .pagecache import cached_for_version


def _sections():
    from articles.models import Category

    return Category.sections()


def _promos():
    from articles.models import PromoSlot

    chosen = {}
    for promo in PromoSlot.objects.current():
        chosen.setdefault(promo.position, promo)
    return chosen


def _menu_current(request):
    """The path of the menu link naming this page (the home page or a section's
    own page), else "". Pages that are neither share one rendered header."""
    match = request.resolver_match
    if match is None:
        return ""
    if match.view_name == "articles:category":
        top_level = {section.path for section in _sections()}
        return request.path if match.kwargs["path"] in top_level else ""
    return request.path if match.view_name == "articles:home" else ""


def site(request):
    """Site-wide values every page needs: the name, base URL, sections and promos.

    Sections and promos are loaded lazily and remembered until content changes,
    so most pages spend no query on them.
    """
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_TAGLINE": settings.SITE_TAGLINE,
        "SITE_URL": settings.SITE_URL,
        "sections": SimpleLazyObject(_sections),
        "promos": SimpleLazyObject(lambda: cached_for_version("promos", _promos)),
        "menu_current": SimpleLazyObject(lambda: _menu_current(request)),
    }
