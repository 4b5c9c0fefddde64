from django.db import models


class PageQuerySet(models.QuerySet):
    def published(self):
        """The pages readers may see: the one door for views and sitemaps."""
        return self.filter(status="published")

    def at(self, address):
        """The published page at `address` ("/about/"), if there is one."""
        return self.published().filter(url=address)
