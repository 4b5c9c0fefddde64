from django.urls import path
from django.views.generic import RedirectView

from . import views

app_name = "comments"

urlpatterns = [
    # The path the commenter's cookies are scoped to (comments/cookies.py).
    path("", RedirectView.as_view(pattern_name="articles:home"), name="index"),
    path("reply/<int:pk>/", views.reply, name="reply"),
    path("link/<int:pk>/", views.link, name="link"),
    path("<slug:slug>/", views.post, name="post"),
    path("<slug:slug>/state/", views.state, name="state"),
]
