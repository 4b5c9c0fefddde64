"""Django's CommonMiddleware, aware that the static pages take any slug path."""

from django.middleware.common import CommonMiddleware
from django.urls import resolve

from .models import Page


class CommonMiddlewareForPages(CommonMiddleware):
    """Django's CommonMiddleware, with APPEND_SLASH asking one thing more.

    Django adds the slash when the address with it matches a URL pattern. The
    static pages' pattern, the last, matches every address made of slug
    segments, so /wp-admin or /nonexistent was sent to /wp-admin/, a 404 too.
    Here an address that only the pages' pattern would take gets its slash
    when a published page lives there; any other 404s at once, and an old
    address stored with its slash is found by the redirect fallback, in one 301
    (articles/wordpress/middleware.py).
    """

    def should_redirect_with_slash(self, request):
        if not super().should_redirect_with_slash(request):
            return False
        slashed = f"{request.path_info}/"
        if resolve(slashed, getattr(request, "urlconf", None)).view_name != (
            "pages:detail"
        ):
            return True
        return Page.objects.at(slashed).exists()
