"""A second URLconf, as a request can carry one (request.urlconf)."""

from django.urls import include, path

urlpatterns = [path("edition/", include("articles.urls"))]
