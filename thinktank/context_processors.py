from django.conf import settings
from django.utils.functional import SimpleLazyObject


def _sections():
    from articles.models import Category

    return list(Category.objects.filter(parent=None).order_by("position", "name"))


def _promos():
    from articles.models import PromoSlot

    chosen = {}
    for promo in PromoSlot.objects.current():
        chosen.setdefault(promo.position, promo)
    return chosen


def site(request):
    """Site-wide values every page needs: the name, base URL, sections and promos.

    Sections and promos are loaded lazily, so a page that does not show them
    costs no query.
    """
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_TAGLINE": settings.SITE_TAGLINE,
        "SITE_URL": settings.SITE_URL,
        "sections": SimpleLazyObject(_sections),
        "promos": SimpleLazyObject(_promos),
    }
