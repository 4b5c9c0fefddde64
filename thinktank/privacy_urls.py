"""The Privacy Overview and django-cookie-consent's endpoints, under /privacy/.

The library's URL names are kept (its views reverse them); the overview page is
ours, and the per-reader status is never cached.
"""

from cookie_consent.views import (
    CookieGroupAcceptView,
    CookieGroupDeclineView,
    CookieStatusView,
)
from django.urls import path
from django.views.decorators.cache import never_cache

from . import views

urlpatterns = [
    path(
        "",
        views.PrivacyOverviewView.as_view(),
        name="cookie_consent_cookie_group_list",
    ),
    path("accept/", CookieGroupAcceptView.as_view(), name="cookie_consent_accept"),
    path("decline/", CookieGroupDeclineView.as_view(), name="cookie_consent_decline"),
    path(
        "status/",
        never_cache(CookieStatusView.as_view()),
        name="cookie_consent_status",
    ),
]
