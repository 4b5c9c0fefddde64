import re

import reversion
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import Resolver404, resolve
from django_prose_editor.fields import ProseEditorField

from articles.models import EDITOR_EXTENSIONS
from thinktank.middleware import MIDDLEWARE_PATHS
from thinktank.sanitize import clean_html

from .querysets import PageQuerySet

# What a page's address is, after its leading slash: slug segments, each
# ending in a slash ("about/", "about/team/"). The URL pattern takes only this,
# so a file's address (/favicon.ico, /wp-login.php) is no page's, and
# APPEND_SLASH does not send it to a slashed address that would 404 too.
PAGE_PATH = r"(?:[-\w]+/)+"
PAGE_ADDRESS = rf"^/{PAGE_PATH}$"


def page_may_live_at(address):
    """Whether a page at `address` would reach readers: the pages' URL pattern
    takes it, and neither another pattern (/search/) nor a middleware
    (/health/, which resolve() cannot see) answers it first."""
    if address in MIDDLEWARE_PATHS:
        return False
    try:
        return resolve(address).view_name == "pages:detail"
    except Resolver404:
        return False


@reversion.register()
class Page(models.Model):
    """A static page (About, Contact, Editorial policy…) served at its own address."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=200)
    url = models.CharField(
        "address",
        max_length=200,
        unique=True,
        validators=[
            RegexValidator(
                PAGE_ADDRESS,
                "Start and end the address with a slash, e.g. /about/ or "
                "/about/team/; use letters, digits, hyphens and slashes.",
                code="page_url_shape",
            )
        ],
        help_text="Where readers find the page, e.g. /about/ or /about/team/.",
    )
    body = ProseEditorField(
        config={"extensions": EDITOR_EXTENSIONS},
        sanitize=clean_html,  # the journal's one allowlist, also applied in save()
        blank=True,
    )
    description = models.CharField(
        "SEO description",
        max_length=160,
        blank=True,
        help_text="One sentence for search engines and link previews.",
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["url"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.body = clean_html(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return self.url

    @property
    def cache_key(self):
        """The surrogate key of the page's address (thinktank/pagecache.py)."""
        return f"page-{self.pk}"

    def clean(self):
        # An address of another shape is refused by the field's validator.
        if re.match(PAGE_ADDRESS, self.url) and not page_may_live_at(self.url):
            raise ValidationError(
                {
                    "url": ValidationError(
                        "This address belongs to another part of the site.",
                        code="page_url_taken",
                    )
                }
            )
