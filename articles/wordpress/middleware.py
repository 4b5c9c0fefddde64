"""WordPress's query-string addresses (/?p=123, /?cat=4…) answered with a 301.

They all share the home page's path, which is served (and cached) normally, so
Django's RedirectFallbackMiddleware, which only acts on a 404, never sees them.
This middleware sits near the top of MIDDLEWARE and costs nothing unless the
path is "/" and one of WordPress's parameters is present; then it makes one
indexed lookup in the redirects table, where the importer stored the address
as "/?p=123".
"""

from django.conf import settings
from django.contrib.redirects.models import Redirect
from django.http import HttpResponseGone, HttpResponsePermanentRedirect

# In the order WordPress itself gives them precedence.
PARAMETERS = ("p", "page_id", "attachment_id", "cat", "tag", "author")


def query_path(query):
    """The stored old address for a WordPress query (a QueryDict), or None."""
    for name in PARAMETERS:
        value = query.get(name)
        if value:
            return f"/?{name}={value}"
    return None


class WordPressQueryRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/" and request.META.get("QUERY_STRING"):
            old_path = query_path(request.GET)
            if old_path is not None:
                new_path = (
                    Redirect.objects.filter(site_id=settings.SITE_ID, old_path=old_path)
                    .values_list("new_path", flat=True)
                    .first()
                )
                if new_path == "":
                    return HttpResponseGone()
                if new_path is not None:
                    return HttpResponsePermanentRedirect(new_path)
        return self.get_response(request)
