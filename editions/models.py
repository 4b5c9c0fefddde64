from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone

from thinktank.images import PictureField

from .validators import validate_pdf


class EditionQuerySet(models.QuerySet):
    def out(self):
        """Editions readers may see: those whose publication date has come (an
        issue prepared ahead of its day stays with the editors until then;
        reader pages live no longer than the day, so it shows that morning)."""
        return self.filter(date__lte=timezone.localdate())

    def newest_first(self):
        return self.order_by("-date", "-volume", "-number")

    def for_article(self, article):
        """(the edition `article` appeared in, or None; the newest edition, or
        None), among those out: one query of at most two rows."""
        holds = EditionArticle.objects.filter(edition=OuterRef("pk"), article=article)
        newest = self.out().newest_first().values("pk")[:1]
        rows = list(
            self.out()
            .annotate(holds_article=Exists(holds))
            .filter(Q(holds_article=True) | Q(pk__in=newest))
            .newest_first()
        )
        printed_in = next((edition for edition in rows if edition.holds_article), None)
        return printed_in, rows[0] if rows else None


class Edition(models.Model):
    """An issue of the printed journal; the site is its online edition."""

    volume = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1)],
        help_text="The journal's volume (its year of publication, counted from the first).",
    )
    number = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1)],
        help_text="The issue's number within its volume.",
    )
    date = models.DateField("publication date", help_text="The day the issue came out.")
    title = models.CharField(
        max_length=200,
        blank=True,
        help_text="The issue's theme or season, e.g. “Winter 2026: The new trade order”. Optional.",
    )
    cover = PictureField(
        "cover picture",
        upload_to="editions/",
        width_field="cover_width",
        height_field="cover_height",
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

    objects = EditionQuerySet.as_manager()

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

    @property
    def full_name(self):
        """The name with the issue's title, if it has one: "Vol. 12, No. 3 —
        Winter 2026: The new trade order" (a title often has a colon of its own)."""
        return f"{self.name} — {self.title}" if self.title else self.name


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

    def unique_error_message(self, model_class, unique_check):
        """An article already printed elsewhere: name that edition, where
        Django said "Article in the edition with this Article already exists"."""
        if tuple(unique_check) == ("article",):
            other = (
                EditionArticle.objects.filter(article=self.article_id)
                .exclude(pk=self.pk)
                .select_related("edition", "article")
                .first()
            )
            if other:
                return ValidationError(
                    "“%(article)s” is already in %(edition)s: an article appears "
                    "in one edition at most.",
                    code="unique",
                    params={
                        "article": other.article,
                        "edition": other.edition.full_name,
                    },
                )
        return super().unique_error_message(model_class, unique_check)
