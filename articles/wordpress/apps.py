from django.apps import AppConfig


class WordPressConfig(AppConfig):
    name = "articles.wordpress"
    label = "wordpress"
    verbose_name = "WordPress import"
    default_auto_field = "django.db.models.BigAutoField"
