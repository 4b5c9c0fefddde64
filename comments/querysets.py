from django.db import models
from django.db.models import Q


def approved_q(prefix=""):
    """The rule for which comments readers may see, usable inside joins."""
    return Q(**{f"{prefix}status": "approved"})


class CommentQuerySet(models.QuerySet):
    def approved(self):
        """The only comments readers may see."""
        return self.filter(approved_q())

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
