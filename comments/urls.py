from django.urls import path

from . import views

app_name = "comments"

urlpatterns = [
    path("reply/<int:pk>/", views.reply, name="reply"),
    path("<slug:slug>/", views.post, name="post"),
]
