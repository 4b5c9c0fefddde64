from django.db import models


class DailyReads(models.Model):
    """How many times an article was read on one day, as counted by the reader
    page's beacon (static/js/article.js). Nothing about the reader is stored."""

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="daily_reads"
    )
    day = models.DateField()
    reads = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "daily reads"
        verbose_name_plural = "daily reads"
        constraints = [
            models.UniqueConstraint(fields=["article", "day"], name="one_count_a_day")
        ]
        indexes = [models.Index(fields=["day", "article"], name="reads_by_day_idx")]

    def __str__(self):
        return f"{self.article_id} on {self.day}: {self.reads}"
