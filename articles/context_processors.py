from django.utils.functional import SimpleLazyObject

from .models import Category, PromoSlot


def navigation(request):
    """The sections menu and the promos running now, read only by pages that
    show them (one query each)."""
    sections = SimpleLazyObject(lambda: list(Category.objects.sections()))
    return {
        "sections": sections,
        "promos": SimpleLazyObject(PromoSlot.objects.by_position),
        "menu_current": SimpleLazyObject(lambda: menu_current(request, sections)),
    }


def menu_current(request, sections):
    """The path of the menu link naming this page (the home page or a section's
    own page), else ""."""
    match = request.resolver_match
    if match is None:
        return ""
    if match.view_name == "articles:category":
        top_level = {section.path for section in sections}
        return request.path if match.kwargs["path"] in top_level else ""
    return request.path if match.view_name == "articles:home" else ""
