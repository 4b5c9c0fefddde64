from django.db import models
from django.urls import reverse

from thinktank.images import validate_image

from .validators import validate_pdf


class Edition(models.Model):
    """An issue of the printed journal; the site is its online edition."""

    volume = models.PositiveSmallIntegerField(
        help_text="The journal's volume (its year of publication, counted from the first)."
    )
    number = models.PositiveSmallIntegerField(
        help_text="The issue's number within its volume."
    )
    date = models.DateField("publication date", help_text="The day the issue came out.")
    title = models.CharField(
        max_length=200,
        blank=True,
        help_text="The issue's theme or season, e.g. “Winter 2026: The new trade order”. Optional.",
    )
    cover = models.ImageField(
        "cover picture",
        upload_to="editions/",
        width_field="cover_width",
        height_field="cover_height",
        validators=[validate_image],
        help_text="The printed cover, upright (about 3:4).",
    )
    cover_width = models.PositiveIntegerField(null=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, editable=False)
    cover_alt = models.CharField(
        "cover alt text",
        max_length=250,
        help_text="Describe the cover for readers who cannot see it.",
    )
    pdf = models.FileField(
        "PDF",
        upload_to="editions/pdf/",
        blank=True,
        validators=[validate_pdf],
        help_text="The printed issue as one PDF, for readers to download. Optional.",
    )
    articles = models.ManyToManyField(
        "articles.Article", through="EditionArticle", related_name="+"
    )

    class Meta:
        ordering = ["-date", "-volume", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["volume", "number"], name="one_issue_number"
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse(
            "editions:detail", kwargs={"volume": self.volume, "number": self.number}
        )

    @property
    def name(self):
        """How the journal names the issue: "Vol. 12, No. 3"."""
        return f"Vol. {self.volume}, No. {self.number}"

    @staticmethod
    def index():
        """Every edition, newest first, and which edition each article appeared
        in, from a per-version cache: article pages name theirs and show the
        latest cover with no query."""
        from thinktank.pagecache import cached_for_version

        def load():
            editions = {edition.pk: edition for edition in Edition.objects.all()}
            return {
                "newest": next(iter(editions.values()), None),
                "by_article": {
                    article_id: editions[edition_id]
                    for article_id, edition_id in EditionArticle.objects.values_list(
                        "article_id", "edition_id"
                    )
                },
            }

        return cached_for_version("editions", load)


class EditionArticle(models.Model):
    """An article printed in an edition, at its place in the table of contents."""

    edition = models.ForeignKey(
        Edition, on_delete=models.CASCADE, related_name="entries"
    )
    article = models.OneToOneField(
        "articles.Article",
        on_delete=models.CASCADE,
        related_name="edition_entry",
        help_text="An article appears in one edition at most.",
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Its place in the table of contents, smallest first."
    )

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = "article in the edition"
        verbose_name_plural = "articles in the edition"

    def __str__(self):
        return f"{self.edition}: {self.article}"
