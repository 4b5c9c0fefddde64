from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class ArticlesConfig(AppConfig):
    name = "articles"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import search, signals

        article = self.get_model("Article")
        post_save.connect(search.article_saved, sender=article)
        post_save.connect(signals.article_saved, sender=article)
        post_save.connect(signals.category_saved, sender=self.get_model("Category"))
        post_delete.connect(search.article_deleted, sender=article)
