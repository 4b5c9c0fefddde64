from django.urls import path

from . import views

app_name = "readership"

urlpatterns = [path("<int:pk>/", views.read, name="read")]
