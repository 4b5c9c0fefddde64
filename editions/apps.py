from django.apps import AppConfig


class EditionsConfig(AppConfig):
    name = "editions"
    verbose_name = "Print editions"

    def ready(self):
        from . import signals  # noqa: F401
