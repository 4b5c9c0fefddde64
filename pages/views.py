from django.shortcuts import get_object_or_404, render

from thinktank.pagecache import add_keys

from .models import Page


def page(request, url):
    """A published static page at its own address."""
    page = get_object_or_404(Page.objects.at(f"/{url}"))
    response = render(request, "pages/page_detail.html", {"page": page})
    return add_keys(response, [page.cache_key])
