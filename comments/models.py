import ipaddress

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator

from .querysets import CommentQuerySet

MAX_DEPTH = 3


def normalize_email(email):
    """A commenter's email as it is stored and looked up: trimmed, lower case."""
    return email.strip().lower()


class Comment(models.Model):
    """A reader's comment: pending on arrival, public only once approved."""

    class Status(models.TextChoices):
        PENDING = "pending", "Awaiting moderation"
        APPROVED = "approved", "Approved"
        SPAM = "spam", "Spam"
        REMOVED = "removed", "Removed"

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="comments"
    )
    # SET_NULL: erasing one reader's comment must not take other readers'
    # replies with it; an orphaned reply is shown at the top level.
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replies",
        verbose_name="in reply to",
    )
    depth = models.PositiveSmallIntegerField(default=1, editable=False)
    name = models.CharField(max_length=100)
    email = models.EmailField(max_length=254, help_text="Never shown to readers.")
    website = models.URLField(max_length=200, blank=True)
    text = models.TextField(
        "comment",
        max_length=5000,
        help_text="Plain text. You may edit it, for example to remove personal data; "
        "the edit is recorded.",
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING
    )
    by_staff = models.BooleanField(
        "written by the journal",
        default=False,
        editable=False,
        help_text="A reply staff wrote as the journal: shown with the journal's "
        "name and a staff badge.",
    )
    flag = models.CharField(
        "flagged because",
        max_length=200,
        blank=True,
        help_text="Why the spam defences held this comment back, if they did.",
    )
    ip_address = models.GenericIPAddressField(
        "IP address",
        null=True,
        blank=True,
        help_text="Blanked automatically after the retention period.",
    )
    user_agent = models.CharField("browser", max_length=300, blank=True)
    created_at = models.DateTimeField("posted", default=timezone.now)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="last decision by",
    )
    moderated_at = models.DateTimeField("last decision at", null=True, blank=True)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="last edited by",
    )
    edited_at = models.DateTimeField("last edited at", null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        permissions = [("moderate_comment", "Can approve, reject or remove comments")]
        # The moderators' queue lists newest first (created_at, then pk), with
        # or without a status, an article, an email or an IP address: each of
        # those walks one index, in the list's order.
        indexes = [
            models.Index(
                fields=["article", "status", "created_at"], name="comment_thread_idx"
            ),
            models.Index(
                fields=["status", "created_at", "id"], name="comment_queue_idx"
            ),
            models.Index(fields=["created_at", "id"], name="comment_newest_idx"),
            models.Index(
                fields=["email", "created_at", "id"], name="comment_email_idx"
            ),
            models.Index(
                fields=["ip_address", "created_at", "id"], name="comment_ip_idx"
            ),
            # The home page's "most discussed": a week's approved comments
            # counted by article from this index alone, never reading a
            # comment's row (2 ms instead of 130 ms at 1,000,000 comments,
            # PostgreSQL).
            models.Index(
                fields=["status", "created_at", "article"], name="comment_discussed_idx"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    status__in=["pending", "approved", "spam", "removed"]
                ),
                name="comment_status_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(depth__gte=1, depth__lte=MAX_DEPTH),
                name="comment_depth_in_range",
            ),
        ]

    def __str__(self):
        return f"{self.name}: {Truncator(self.text).chars(60)}"

    def save(self, *args, **kwargs):
        self.email = normalize_email(self.email)
        self.depth = self.parent.depth + 1 if self.parent_id else 1
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        """Its lasting address, which leads to its page of comments."""
        return reverse("comments:link", args=[self.pk])

    @property
    def can_have_replies(self):
        return self.depth < MAX_DEPTH


def comment_page_url(article, number):
    """The address of page `number` of `article`'s comments."""
    if number == 1:
        return article.get_absolute_url()
    return f"{reverse('articles:comments', args=[article.slug])}?page={number:d}"


class ModerationLogEntry(models.Model):
    """One moderation decision, edit or staff reply: who, when, and what changed.

    Written by `comments.services` only, never edited: the log is the record.
    """

    class Action(models.TextChoices):
        DECISION = "decision", "Status changed"
        EDIT = "edit", "Edited"
        REPLY = "reply", "Replied as the journal"

    comment = models.ForeignKey(
        Comment, on_delete=models.CASCADE, related_name="log_entries"
    )
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,  # modlog_moderator_idx leads with it
    )
    at = models.DateTimeField("when", default=timezone.now)
    action = models.CharField(max_length=10, choices=Action.choices)
    from_status = models.CharField(
        "from", max_length=10, choices=Comment.Status.choices, blank=True
    )
    to_status = models.CharField(
        "to", max_length=10, choices=Comment.Status.choices, blank=True
    )
    bulk = models.BooleanField(
        "bulk action", default=False, help_text="Decided together with others."
    )
    field = models.CharField(
        "edited field", max_length=20, blank=True, help_text="For edits."
    )
    before = models.TextField(blank=True)
    after = models.TextField(blank=True)
    personal_data_removed = models.BooleanField(
        default=False,
        help_text="An edit that removed personal data: what the field said "
        "before is not kept.",
    )

    class Meta:
        verbose_name = "moderation log entry"
        verbose_name_plural = "moderation log entries"
        ordering = ["-at", "-pk"]
        indexes = [
            models.Index(fields=["at", "id"], name="modlog_at_idx"),
            models.Index(fields=["moderator", "at"], name="modlog_moderator_idx"),
            models.Index(fields=["to_status", "at"], name="modlog_decision_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(action="decision") | ~models.Q(to_status=""),
                name="modlog_decision_has_status",
            ),
            models.CheckConstraint(
                condition=~models.Q(action="edit") | ~models.Q(field=""),
                name="modlog_edit_has_field",
            ),
        ]

    def __str__(self):
        return f"{self.get_action_display()}: comment {self.comment_id}"


class BlocklistEntry(models.Model):
    """A word, email address or IP address whose comments go straight to spam."""

    class Kind(models.TextChoices):
        WORD = "word", "Word or phrase"
        EMAIL = "email", "Email address or @domain"
        IP = "ip", "IP address or network"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    value = models.CharField(
        max_length=254,
        help_text="A word or phrase (matched as whole words, any case, in the name, "
        "email, website and text); an email address, or “@example.com” for a "
        "whole domain; an IP address, or a network such as 203.0.113.0/24.",
    )
    note = models.CharField(max_length=200, blank=True, help_text="Why it was added.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "blocklist entry"
        verbose_name_plural = "blocklist"
        ordering = ["kind", "value"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "value"], name="blocklist_entry_unique"
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.value}"

    def save(self, *args, **kwargs):
        self.value = self.value.strip().lower()
        super().save(*args, **kwargs)

    def clean(self):
        value = self.value.strip().lower()
        if self.kind == self.Kind.IP:
            try:
                ipaddress.ip_network(value, strict=False)
            except ValueError:
                raise ValidationError(
                    {
                        "value": "Enter an IP address (such as 203.0.113.7) or a "
                        "network (such as 203.0.113.0/24)."
                    },
                    code="blocklist_ip",
                ) from None
        elif self.kind == self.Kind.EMAIL and not value.startswith("@"):
            try:
                validate_email(value)
            except ValidationError:
                raise ValidationError(
                    {
                        "value": "Enter an email address, or “@domain” for a whole "
                        "domain."
                    },
                    code="blocklist_email",
                ) from None
