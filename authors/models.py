import reversion
from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django_prose_editor.fields import ProseEditorField

from thinktank.images import PictureField
from thinktank.links import cached_reverse
from thinktank.sanitize import clean_html


@reversion.register()
class Author(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=140, unique=True)
    role = models.CharField(
        "role or title",
        max_length=160,
        blank=True,
        help_text="Shown under the name, e.g. “Senior Fellow, Diplomacy Programme”.",
    )
    bio = ProseEditorField(
        # What a bio holds (an imported one included): line breaks, lists and
        # quotes, which an editor without them dropped at the next save.
        config={
            "extensions": {
                "Bold": True,
                "Italic": True,
                "Link": True,
                "HardBreak": True,
                "BulletList": True,
                "OrderedList": True,
                "ListItem": True,
                "Blockquote": True,
                "History": True,
            }
        },
        sanitize=clean_html,  # the journal's one allowlist, also applied in save()
        blank=True,
        help_text="A few paragraphs about the author.",
    )
    photo = PictureField(
        upload_to="authors/%Y/",
        blank=True,
        width_field="photo_width",
        height_field="photo_height",
        help_text="A square portrait works best (at least 400 × 400 pixels).",
    )
    photo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    photo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    x_handle = models.CharField(
        "X handle",
        max_length=15,
        blank=True,
        help_text="Without the @, e.g. “journal_desk”.",
        # As X allows them: a space or an @ made a broken link to the profile.
        validators=[
            RegexValidator(
                r"^@?[A-Za-z0-9_]+$",
                "An X handle is letters, digits and underscores only (e.g. "
                "journal_desk; an @ in front is left out).",
                code="x_handle",
            )
        ],
    )
    website = models.URLField(blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author_profile",
        help_text="The staff account of this author, if they have one.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.bio = clean_html(self.bio)
        self.x_handle = self.x_handle.lstrip("@")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return cached_reverse("authors:detail", slug=self.slug)

    @property
    def x_url(self):
        return f"https://x.com/{self.x_handle}" if self.x_handle else ""
