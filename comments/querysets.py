from django.db import models


class CommentQuerySet(models.QuerySet):
    def approved(self):
        """The only comments readers may see."""
        return self.filter(status="approved")

    def pending(self):
        return self.filter(status="pending")

    def for_thread(self):
        """Just the columns a public thread shows, oldest first."""
        return self.only(
            "pk",
            "article_id",
            "parent_id",
            "depth",
            "status",
            "name",
            "website",
            "text",
            "created_at",
            "by_staff",
        ).order_by("created_at", "pk")
