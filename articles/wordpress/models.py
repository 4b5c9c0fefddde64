from django.db import models


class WordPressItem(models.Model):
    """Which journal row a WordPress object became, so a re-import updates it
    instead of adding a copy, and what it looked like then (`digest`), so an
    unchanged item is left alone."""

    class Kind(models.TextChoices):
        AUTHOR = "author", "Author"
        CATEGORY = "category", "Category"
        POST = "post", "Post"
        PAGE = "page", "Page"

    kind = models.CharField(max_length=12, choices=Kind.choices)
    wp_id = models.BigIntegerField("WordPress ID")
    object_id = models.BigIntegerField(
        "journal ID", help_text="The journal row this WordPress object became."
    )
    digest = models.CharField(
        max_length=32, blank=True, help_text="Fingerprint of the imported fields."
    )
    email = models.EmailField(
        blank=True, help_text="Authors only: their WordPress email (never shown)."
    )
    # Per post rather than a row per comment: a site has ten times more
    # comments than posts, and they are only ever read with their post.
    comments = models.JSONField(
        default=dict,
        blank=True,
        help_text="Posts only: {WordPress comment ID: [journal comment ID, "
        "fingerprint]}.",
    )
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "imported WordPress item"
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "wp_id"], name="wordpressitem_unique_id"
            )
        ]

    def __str__(self):
        return f"WordPress {self.kind} {self.wp_id} → {self.object_id}"


class WordPressSite(models.Model):
    """The WordPress site the journal imported from (its <wp:base_blog_url>).
    The IDs remembered in WordPressItem are that site's: another site's post
    10 is not this one's, so its export is refused (`Importer.check_site`)."""

    url = models.CharField(max_length=500)
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "imported WordPress site"

    def __str__(self):
        return self.url
