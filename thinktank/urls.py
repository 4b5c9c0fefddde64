from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from . import views

urlpatterns = [
    # Readers' pages first: most requests are theirs, and URLs are tried in order.
    path("", include("articles.urls")),
    path("", include("articles.sitemap_urls")),
    path("favicon.ico", views.favicon),
    # Staff sign-in: two-factor set-up and password reset (accounts/urls.py).
    path("", include("accounts.urls")),
    path("admin/", admin.site.urls),
    path("authors/", include("authors.urls")),
    path("privacy/", include("thinktank.privacy_urls")),
    path("comments/", include("comments.urls")),
    path("read/", include("readership.urls")),
    path("editions/", include("editions.urls")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
# A database away is a 503 wherever it was found (thinktank/views.py).
handler500 = "thinktank.views.server_error"
# Static pages (About, Contact…) at their own addresses: last, so every other
# pattern wins; an address no page claims falls through to the stored redirects.
urlpatterns.append(path("", include("pages.urls")))
