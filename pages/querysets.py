from django.db import models


class PageQuerySet(models.QuerySet):
    def published(self):
        """The pages readers may see: the one door for views and sitemaps."""
        return self.filter(status="published")
