from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Static pages"

    def ready(self):
        from . import signals  # noqa: F401
