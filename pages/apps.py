from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class PagesConfig(AppConfig):
    name = "pages"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Static pages"

    def ready(self):
        from thinktank.pagecache import content_changed

        page = self.get_model("Page")
        # A page's own address is cached like any reader page; its title may
        # appear in the footer of every page, so any change makes them stale.
        post_save.connect(content_changed, sender=page, dispatch_uid="pc-s-page")
        post_delete.connect(content_changed, sender=page, dispatch_uid="pc-d-page")
