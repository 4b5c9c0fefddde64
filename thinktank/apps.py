from django.apps import AppConfig
from django.db.models.signals import post_migrate


def new_release(**kwargs):
    """Every release runs `migrate`: pages cached by the previous one (older
    templates, other settings) are not served after it."""
    from .pagecache import SITE_KEY, purge

    purge([SITE_KEY])


class ThinktankConfig(AppConfig):
    name = "thinktank"

    def ready(self):
        post_migrate.connect(new_release, sender=self, dispatch_uid="new-release")
