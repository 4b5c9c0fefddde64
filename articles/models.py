import html
import math
import re
from datetime import timedelta

import reversion
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import resolve, reverse, reverse_lazy
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django_prose_editor.fields import ProseEditorField
from taggit.managers import TaggableManager
from taggit.models import Tag, TaggedItemBase

from thinktank.images import PictureField
from thinktank.links import cached_reverse, validate_link
from thinktank.renditions import responsive_images
from thinktank.sanitize import clean_html, images_without_alt, links_without_address

from .querysets import (
    ArticleQuerySet,
    CategoryQuerySet,
    PromoSlotQuerySet,
    byline_authors,
)

MAX_CATEGORY_DEPTH = 3
PREVIEW_LIFETIME = timedelta(days=7)
PREVIEW_SALT = "articles.preview"
WORDS_PER_MINUTE = 230
# The years a publication date may fall in: a slip of the keyboard (year 1,
# year 9999) is refused with a message; 9999-12-31 23:00 in New York is in
# year 10000 in UTC, and saving it was a 500.
PUBLICATION_YEARS = range(1900, 2200)


def validate_publication_date(value):
    if value and value.year not in PUBLICATION_YEARS:
        raise ValidationError(
            "Choose a date between %(first)s and %(last)s.",
            code="publication_year",
            params={"first": PUBLICATION_YEARS[0], "last": PUBLICATION_YEARS[-1]},
        )


# Tags that end a word: two paragraphs saved as "<p>end.</p><p>Start" are two
# words, a link inside a sentence is not split from its comma.
# static/js/article-length.js counts with the same rule while the editor types.
WORD_BREAKING_TAGS = re.compile(
    r"</?(?:blockquote|br|figcaption|figure|h[1-6]|hr|li|ol|p|pre|td|th|tr|ul)"
    r"\b[^>]*>",
    re.IGNORECASE,
)
HAS_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def count_words(body):
    """The words of an article body's HTML, as a word processor counts them:
    text between spaces, paragraph breaks or block tags that holds a letter or
    a digit (a lone dash or bullet is no word), captions included."""
    text = html.unescape(strip_tags(WORD_BREAKING_TAGS.sub(" ", body)))
    return sum(1 for token in text.split() if HAS_LETTER_OR_DIGIT.search(token))


# What the rich-text editor offers; the sanitiser decides what is kept.
EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Strike": True,
    "Subscript": True,
    "Superscript": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    # Pictures come from the Photo library through the picture dialog
    # (static/js/picture-desk.js, registered in DJANGO_PROSE_EDITOR_EXTENSIONS).
    "Picture": {
        "libraryUrl": reverse_lazy("admin:articles_photo_library"),
        "uploadUrl": reverse_lazy("admin:articles_photo_upload"),
    },
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    "History": True,
}


class Category(models.Model):
    name = models.CharField(max_length=100)
    slug = models.SlugField(
        max_length=100, help_text="Part of the web address; unique among siblings."
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text="Leave empty for a top-level section (shown in the main navigation).",
    )
    description = models.TextField(blank=True, help_text="Shown on the category page.")
    position = models.PositiveSmallIntegerField(
        "ordering", default=0, help_text="Lower numbers come first in menus."
    )
    path = models.CharField(max_length=320, unique=True, editable=False)
    depth = models.PositiveSmallIntegerField(default=1, editable=False)

    objects = CategoryQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "categories"
        ordering = ["path"]
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "slug"], name="category_unique_slug_in_parent"
            ),
            models.UniqueConstraint(
                fields=["slug"],
                condition=models.Q(parent__isnull=True),
                name="category_unique_top_level_slug",
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        old_path = self.path
        self.path = f"{self.parent.path}/{self.slug}" if self.parent else self.slug
        self.depth = self.parent.depth + 1 if self.parent else 1
        super().save(*args, **kwargs)
        if old_path and old_path != self.path:
            for child in self.children.all():
                child.save()

    def get_absolute_url(self):
        return cached_reverse("articles:category", path=self.path)

    def clean(self):
        ancestor = self.parent
        depth = 1
        while ancestor is not None:
            if self.pk and ancestor.pk == self.pk:
                raise ValidationError(
                    {
                        "parent": f"“{self}” cannot sit under itself or one of its own "
                        "sub-categories: that would make it its own ancestor."
                    },
                    code="category_cycle",
                )
            depth += 1
            ancestor = ancestor.parent
        # The page's address must lead to it: "feed" under a section is the
        # section's feed (/category/economy/feed/), which the router matches
        # first, and the category's page could never be reached.
        path = f"{self.parent.path}/{self.slug}" if self.parent else self.slug
        address = reverse("articles:category", kwargs={"path": path})
        if self.slug and resolve(address).view_name != "articles:category":
            raise ValidationError(
                {
                    "slug": f"The address {address} already leads to another page "
                    "of the site. Choose another slug."
                },
                code="category_address_taken",
            )
        if depth + self.subtree_height() - 1 > MAX_CATEGORY_DEPTH:
            raise ValidationError(
                {
                    "parent": f"Categories can be at most {MAX_CATEGORY_DEPTH} levels deep; "
                    "this parent would make the tree deeper."
                },
                code="category_too_deep",
            )

    def subtree_height(self):
        if not self.pk:
            return 1
        children = list(self.children.all())
        return 1 + max((child.subtree_height() for child in children), default=0)

    def ancestors_and_self(self):
        """The chain from the top-level section down to this category."""
        chain = []
        node = self
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]


# Every save of an article keeps a revision (django-reversion) of all an editor
# sets, its byline and tags included; the history, compare and restore views
# are ArticleAdmin's. Not its correction notes: they are a public record of
# what changed, and restoring older words must not delete one written since.
@reversion.register(follow=["byline_set", "tagged_items"])
class Article(models.Model):
    class Status(models.TextChoices):
        """What an editor sets. A published article whose time has not come
        is shown to editors as scheduled (`State`)."""

        DRAFT = "draft", "Draft"
        REVIEW = "review", "In review"
        PUBLISHED = "published", "Published (scheduled if the time is ahead)"
        WITHDRAWN = "withdrawn", "Withdrawn"

    class State(models.TextChoices):
        """What editors see in lists, filters, forms and the preview banner."""

        DRAFT = "draft", "Draft"
        REVIEW = "review", "In review"
        SCHEDULED = "scheduled", "Scheduled"
        PUBLISHED = "published", "Published"
        WITHDRAWN = "withdrawn", "Withdrawn"

    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=200, unique=True, help_text="The web address of the article."
    )
    standfirst = models.TextField(
        max_length=400,
        help_text="One sentence under the headline, also used in lists and previews.",
    )
    body = ProseEditorField(
        config={"extensions": EDITOR_EXTENSIONS},
        sanitize=clean_html,  # the journal's one allowlist, also applied in save()
        help_text="The picture button places a photo from the library, or one you "
        "upload there, with its caption and credit.",
    )
    hero_image = PictureField(
        "hero image",
        upload_to="heroes/%Y/%m/",
        blank=True,
        width_field="hero_width",
        height_field="hero_height",
    )
    hero_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    hero_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    hero_alt = models.CharField(
        "alt text",
        max_length=250,
        blank=True,
        help_text="Describe the picture for readers who cannot see it.",
    )
    hero_decorative = models.BooleanField(
        "decorative image",
        default=False,
        help_text="Tick only if the picture adds no information; it then needs no alt text.",
    )
    hero_caption = models.CharField("caption", max_length=300, blank=True)
    hero_credit = models.CharField(
        "credit",
        max_length=200,
        blank=True,
        help_text="E.g. “Photo: Jane Doe / Agency”.",
    )
    category = models.ForeignKey(
        Category,
        on_delete=models.PROTECT,
        related_name="articles",
        verbose_name="primary category",
    )
    # The top-level section above `category`, kept by save() and by
    # `articles.signals.category_saved`: list pages filter on one indexed
    # value instead of an IN list of the section's categories, which the
    # database would have to merge and sort before taking the newest few.
    section = models.ForeignKey(
        Category,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
        null=True,
    )
    tags = TaggableManager(blank=True, through="ArticleTag")
    authors = models.ManyToManyField(
        "authors.Author", through="Byline", related_name="articles"
    )
    status = models.CharField(
        max_length=10,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
        help_text="Contributors may set Draft or In review; editors publish, "
        "schedule and withdraw.",
    )
    publish_at = models.DateTimeField(
        "publication date",
        null=True,
        blank=True,
        validators=[validate_publication_date],
        help_text="Leave empty to use the moment the article is first published. "
        "A time ahead schedules it; readers see this date.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
        verbose_name="started by",
    )
    updated_at = models.DateTimeField(
        "last saved",
        auto_now=True,
        help_text="Any save, readers never see it (see “updated for readers”).",
    )
    revised_at = models.DateTimeField(
        "updated for readers",
        null=True,
        blank=True,
        editable=False,
        help_text="Shown to readers as “Updated”: set only when an edit is marked "
        "as an update or a correction.",
    )
    featured = models.BooleanField(
        default=False, help_text="Featured articles lead the home page."
    )
    allow_comments = models.BooleanField(default=True)
    seo_title = models.CharField(
        "SEO title", max_length=70, blank=True, help_text="Defaults to the headline."
    )
    seo_description = models.CharField(
        "SEO description",
        max_length=160,
        blank=True,
        help_text="Defaults to the standfirst.",
    )
    reading_time = models.PositiveSmallIntegerField(
        "reading time (minutes)", default=1, editable=False
    )
    pinned_related = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="pinned_by",
        verbose_name="pinned related stories",
        help_text="Shown first under “Related stories”, newest first.",
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "-pk"]
        permissions = [
            ("publish_article", "Can publish, schedule and withdraw articles"),
        ]
        indexes = [
            # Readers' published() lists, and the editors' list in one state,
            # newest first. With the id, a state's articles come in the list's
            # own order: without it SQLite, whose statistics hold no per-value
            # counts, walked every article for the few drafts or articles in
            # review (120 ms at 30,000 articles, and growing).
            models.Index(
                fields=["status", "-publish_at", "-id"], name="article_published_idx"
            ),
            # The editors' list in every state, newest first, and its searches
            # that stop at their newest matches (7 ms instead of 620 ms for a
            # word in most of 100,000 articles, PostgreSQL).
            models.Index(fields=["-publish_at", "-id"], name="article_newest_idx"),
            # The editors' "Needs attention": awaiting review, their drafts.
            # SQLite's statistics hold no per-value counts: with them it read
            # all 100,000 (published) articles to find none in review (0.4 s).
            models.Index(fields=["status", "updated_at"], name="article_attention_idx"),
            models.Index(
                fields=["category", "status", "-publish_at"],
                name="article_category_idx",
            ),
            # Partial: `featured=True` becomes a bare `WHERE featured` on
            # SQLite, which a leading `featured` column cannot serve in order.
            models.Index(
                fields=["status", "-publish_at"],
                condition=models.Q(featured=True),
                name="article_featured_idx",
            ),
            models.Index(
                fields=["section", "status", "-publish_at"],
                name="article_section_idx",
            ),
            # The editors' list sorted by headline, either way: without it
            # every page sorted every headline (70 ms of SQL at 30,000
            # articles, 0.4 ms with it; SQLite).
            models.Index(fields=["title", "id"], name="article_title_idx"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.body = responsive_images(clean_html(self.body))
        self.reading_time = max(1, math.ceil(self.word_count / WORDS_PER_MINUTE))
        self.section = self.category.ancestors_and_self()[0]
        if self.status == self.Status.PUBLISHED and self.publish_at is None:
            # Dated when it first goes out, not when the draft was started.
            self.publish_at = timezone.now()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return cached_reverse("articles:detail", slug=self.slug)

    def clean(self):
        if self.hero_image and not self.hero_decorative and not self.hero_alt.strip():
            raise ValidationError(
                {
                    "hero_alt": "Describe the hero image for readers who cannot see it, "
                    "or mark it as decorative."
                },
                code="hero_alt_required",
            )
        if images_without_alt(self.body):
            raise ValidationError(
                {
                    "body": ValidationError(
                        "Every picture in the text needs alt text, or to be marked "
                        "as decorative: open it with the picture button.",
                        code="body_alt_required",
                    )
                }
            )
        if dead := links_without_address(self.body):
            raise ValidationError(
                {
                    "body": ValidationError(
                        "The link on “%(words)s” has no address the journal "
                        "allows: a web address (https://…), a mailto: address or "
                        "a page of this site, never javascript: or data:. Give "
                        "it one with the link button, or remove the link.",
                        code="body_dead_link",
                        params={"words": dead[0]},
                    )
                }
            )

    @property
    def is_published(self):
        return self.state == self.State.PUBLISHED

    @property
    def is_scheduled(self):
        return self.state == self.State.SCHEDULED

    @property
    def state(self):
        """The workflow state editors see: a published article whose time is
        ahead is scheduled."""
        if self.status == self.Status.PUBLISHED:
            due = self.publish_at is None or self.publish_at <= timezone.now()
            return self.State.PUBLISHED if due else self.State.SCHEDULED
        return self.State(self.status)

    @property
    def word_count(self):
        """How many words the body has (`count_words`)."""
        return count_words(self.body)

    @property
    def was_updated(self):
        """An editor marked an edit after publication as an update or a
        correction (shown as “Updated …”); typo fixes and flags are not."""
        return bool(
            self.revised_at and self.publish_at and self.revised_at > self.publish_at
        )

    @cached_property
    def byline(self):
        """The authors in byline order (lists prefetch them: `for_cards()`)."""
        if hasattr(self, "prefetched_byline"):
            return self.prefetched_byline
        return list(byline_authors().filter(byline__article=self))

    @cached_property
    def correction_list(self):
        """The article's correction and update notes, newest first (feeds
        prefetch them)."""
        if hasattr(self, "prefetched_corrections"):
            return self.prefetched_corrections
        if not getattr(self, "has_corrections", True):  # `with_page_flags()`
            return []
        return list(self.corrections.all())

    @cached_property
    def tag_list(self):
        """The article's tags in the order they were added (feeds prefetch
        them; the article page reads them with the article, `with_tags()`)."""
        if hasattr(self, "prefetched_tags"):
            return self.prefetched_tags
        if hasattr(self, "tag_rows"):
            rows = sorted(self.tag_rows or [], key=lambda row: row["added"])
            return [
                Tag(pk=row["pk"], name=row["name"], slug=row["slug"]) for row in rows
            ]
        return list(
            Tag.objects.filter(articles_articletag_items__content_object=self).order_by(
                "articles_articletag_items"
            )
        )

    @property
    def page_title(self):
        return self.seo_title or self.title

    @property
    def meta_description(self):
        return self.seo_description or self.standfirst


@reversion.register()
class Correction(models.Model):
    """A dated note telling readers what changed in a published article and
    why. Shown on the article (newest first), on the corrections page, in the
    article's structured data and in feeds."""

    class Kind(models.TextChoices):
        CORRECTION = "correction", "Correction"
        UPDATE = "update", "Update"

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="corrections"
    )
    kind = models.CharField(
        max_length=10,
        choices=Kind.choices,
        default=Kind.CORRECTION,
        help_text="A correction fixes an error; an update adds what is new.",
    )
    note = models.TextField(
        help_text="For readers, in plain text: what was wrong and what is right, "
        "or what is new."
    )
    published_at = models.DateTimeField(
        "dated",
        default=timezone.now,
        help_text="Readers see this date; the article shows it as “Updated”.",
    )

    class Meta:
        ordering = ["-published_at", "-pk"]
        indexes = [models.Index(fields=["-published_at"], name="correction_date_idx")]

    def __str__(self):
        return f"{self.get_kind_display()} of {self.published_at:%Y-%m-%d}"

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#correction-{self.pk}"


def a_week_from_now():
    return timezone.now() + PREVIEW_LIFETIME


class PreviewLink(models.Model):
    """A signed, expiring, revocable address at which anyone who has it reads
    an unpublished article as it is now (`articles.views.PreviewView`)."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="preview_links"
    )
    recipient = models.CharField(
        "for",
        max_length=120,
        blank=True,
        help_text="Who the link is for, to tell links apart (“Dr Lee, reviewer”).",
    )
    expires_at = models.DateTimeField(
        "works until",
        default=a_week_from_now,
        help_text="The link stops working at this time (a week by default).",
    )
    revoked = models.BooleanField(
        default=False, help_text="Tick to stop the link working at once."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "preview link"
        ordering = ["-created_at"]

    def __str__(self):
        # Shown after the model's name ("Preview link: Dr Lee, reviewer"), as
        # the admin heads each link in the article form.
        return self.recipient or "anyone who has it"

    def get_absolute_url(self):
        # Not cached_reverse: every link has an address of its own. No time in
        # the signature: a link keeps one address; its end is `expires_at`.
        token = signing.Signer(salt=PREVIEW_SALT).sign(str(self.pk))
        return reverse("articles:preview", kwargs={"token": token})

    @classmethod
    def from_token(cls, token):
        """The link a token was signed for, or None if it is not ours."""
        try:
            pk = int(signing.Signer(salt=PREVIEW_SALT).unsign(token))
        except (signing.BadSignature, ValueError):
            return None
        return cls.objects.select_related("article").filter(pk=pk).first()

    @property
    def works(self):
        return not self.revoked and self.expires_at > timezone.now()


@reversion.register()
class ArticleTag(TaggedItemBase):
    """An article's tag, with a copy of what ranks related stories.

    `listed_at` is the article's `publish_at` while it is published (null
    otherwise) and `category` its category, so `related_to` ranks the stories
    sharing a tag from one index of this table instead of probing each
    candidate article. The copy is made when the tag is added (save) and
    renewed whenever the article is saved (`articles.signals.article_saved`).
    """

    # No single-column indexes: the unique constraint leads with the article,
    # the rank index with the tag.
    content_object = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="tagged_items", db_index=False
    )
    tag = models.ForeignKey(
        Tag,
        on_delete=models.CASCADE,
        related_name="%(app_label)s_%(class)s_items",
        db_index=False,
    )
    listed_at = models.DateTimeField(null=True, editable=False)
    category = models.ForeignKey(
        Category, on_delete=models.CASCADE, related_name="+", editable=False
    )

    class Meta:
        verbose_name = "article tag"
        constraints = [
            models.UniqueConstraint(
                fields=["content_object", "tag"], name="articletag_unique"
            )
        ]
        indexes = [
            models.Index(
                fields=["tag", "listed_at", "content_object", "category"],
                name="articletag_rank_idx",
            )
        ]

    @staticmethod
    def copied_from(article):
        """The fields an article's tags copy from it."""
        published = article.status == Article.Status.PUBLISHED
        return {
            "listed_at": article.publish_at if published else None,
            "category_id": article.category_id,
        }

    def save(self, *args, **kwargs):
        for field, value in self.copied_from(self.content_object).items():
            setattr(self, field, value)
        super().save(*args, **kwargs)


class TagAlias(models.Model):
    """The address of a tag merged into another (`articles.services.merge_tags`):
    its page and feeds send readers on to the tag it became, until a tag of
    its own takes the address again."""

    slug = models.SlugField(max_length=100, unique=True)
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="aliases")

    class Meta:
        verbose_name_plural = "tag aliases"

    def __str__(self):
        return f"{self.slug} → {self.tag.slug}"


def public_tags():
    """The tags of at least one published article: the only ones readers may
    find (tag pages, their feeds, the sitemap). A tag only drafts or scheduled
    articles use names what is coming, so it is not found until they are out."""
    return Tag.objects.filter(
        Exists(Article.objects.published().filter(tags=OuterRef("pk")))
    )


@reversion.register()
class Byline(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE)
    author = models.ForeignKey("authors.Author", on_delete=models.PROTECT)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "author"], name="byline_author_once"
            )
        ]

    def __str__(self):
        return f"{self.author} on {self.article}"


class Photo(models.Model):
    """A picture for use inside article bodies, with its caption and credit."""

    image = PictureField(
        upload_to="photos/%Y/%m/",
        width_field="width",
        height_field="height",
    )
    width = models.PositiveIntegerField(null=True, editable=False)
    height = models.PositiveIntegerField(null=True, editable=False)
    alt = models.CharField(
        "alt text",
        max_length=250,
        help_text="Describe what the picture shows, for readers who cannot see it.",
    )
    caption = models.CharField(
        max_length=300,
        blank=True,
        help_text="Shown under the picture; an article may change it where it is placed.",
    )
    credit = models.CharField(
        max_length=200, blank=True, help_text="E.g. “Photo: Jane Doe / Agency”."
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-uploaded_at"]

    def __str__(self):
        return self.alt

    def figure_html(self):
        """The figure markup the editor's picture dialog writes for this photo
        (sanitised again when an article is saved)."""
        return render_to_string("articles/_figure.html", {"photo": self}).strip()


def validate_promo_link(value):
    """A path on this site or an http(s) address (the site's one rule for
    links, `thinktank.links.validate_link`; named here for migration 0009)."""
    validate_link(value)


class PromoSlot(models.Model):
    """A house advertisement: an image with a link, never markup or script."""

    class Position(models.TextChoices):
        LEADERBOARD = "leaderboard", "Banner above the article"
        SIDEBAR = "sidebar", "Beside the article"

    # The shape each position is made for, as (width, height) in pixels; a
    # picture far from it is drawn whole but smaller, inside the slot's box
    # (static/css/site.css caps its height).
    SHAPES = {Position.LEADERBOARD: (970, 120), Position.SIDEBAR: (300, 250)}
    # How far a picture's width-to-height ratio may stray from its slot's,
    # either way, before the admin warns: a 970x250 billboard or a 300x600
    # half page, the usual alternatives, pass.
    SHAPE_TOLERANCE = 2.5

    name = models.CharField(max_length=120, help_text="For editors only.")
    position = models.CharField(max_length=20, choices=Position.choices)
    image = PictureField(
        upload_to="promos/",
        width_field="width",
        height_field="height",
    )
    width = models.PositiveIntegerField(null=True, editable=False)
    height = models.PositiveIntegerField(null=True, editable=False)
    alt = models.CharField("alt text", max_length=200)
    link = models.CharField(
        max_length=500,
        validators=[validate_promo_link],
        help_text="Where a click on the banner goes: a page of this site "
        "(/category/economy/) or a full address (https://…).",
    )
    starts_at = models.DateTimeField(default=timezone.now)
    ends_at = models.DateTimeField(null=True, blank=True, help_text="Empty: no end.")

    objects = PromoSlotQuerySet.as_manager()

    class Meta:
        ordering = ["position", "-starts_at"]
        verbose_name = "promo slot"

    def __str__(self):
        return self.name

    @property
    def sizes(self):
        """The `sizes` of its picture: the leaderboard at its own width (or the
        screen's, if narrower), the sidebar rectangle at the sidebar's."""
        if self.position == self.Position.LEADERBOARD:
            return f"(min-width: {self.width}px) {self.width}px, 100vw"
        return "(min-width: 62rem) 300px, 100vw"

    @property
    def shape_warning(self):
        """What an editor should know when the picture's shape is far from its
        slot's (an 8000x5000 banner, a 300x2000 rectangle), or ""."""
        if not (self.width and self.height and self.position in self.SHAPES):
            return ""
        slot_width, slot_height = self.SHAPES[self.position]
        stray = (self.width / self.height) / (slot_width / slot_height)
        if 1 / self.SHAPE_TOLERANCE <= stray <= self.SHAPE_TOLERANCE:
            return ""
        return (
            f"The picture of “{self.name}” is {self.width}×{self.height} px, far "
            f"from the shape of the {self.get_position_display().lower()} "
            f"(about {slot_width}×{slot_height} px): readers see it whole, but "
            "small or with empty space beside it. A picture of about that shape "
            "fills the slot."
        )

    def clean(self):
        if self.ends_at and self.starts_at and self.ends_at <= self.starts_at:
            raise ValidationError(
                {"ends_at": "The end must come after the start."}, code="promo_dates"
            )


def next_scheduled_change():
    """When reader pages next change by the clock alone, or None.

    That is the next scheduled article's publish time, or a promo's start or end.
    """
    now = timezone.now()
    article = Article.objects.filter(
        status=Article.Status.PUBLISHED, publish_at__gt=now
    ).aggregate(next=models.Min("publish_at"))
    promo = PromoSlot.objects.aggregate(
        start=models.Min("starts_at", filter=models.Q(starts_at__gt=now)),
        end=models.Min("ends_at", filter=models.Q(ends_at__gt=now)),
    )
    moments = [article["next"], promo["start"], promo["end"]]
    return min((m for m in moments if m), default=None)
