from django.apps import AppConfig


class AuthorsConfig(AppConfig):
    name = "authors"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401 (connects the receivers)
