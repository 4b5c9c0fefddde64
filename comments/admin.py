from django import forms
from django.contrib import admin, messages
from django.db.models import Case, Value, When
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator

from .models import BlocklistEntry, Comment
from .services import moderate_comments

EDITABLE_FIELDS = ["name", "website", "text"]
DECISIONS = [
    (Comment.Status.APPROVED, "Approve"),
    (Comment.Status.SPAM, "Mark as spam"),
    (Comment.Status.REMOVED, "Remove"),
]


class CommentAdminForm(forms.ModelForm):
    decision = forms.ChoiceField(
        required=False,
        choices=[("", "Keep the current status"), *DECISIONS],
        help_text="Approved comments appear on the article; the others do not.",
    )
    website = forms.URLField(required=False, max_length=200, assume_scheme="https")

    class Meta:
        model = Comment
        fields = EDITABLE_FIELDS


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    form = CommentAdminForm
    list_display = ["excerpt", "state", "name", "email", "article", "created_at"]
    list_filter = [
        "status",
        ("article", admin.RelatedOnlyFieldListFilter),
        "created_at",
    ]
    search_fields = ["name", "email", "text", "ip_address"]
    search_help_text = "Search by name, email, comment text or IP address."
    list_select_related = ["article"]
    list_per_page = 50
    actions = ["approve", "mark_spam", "remove"]
    readonly_fields = [
        "on_article",
        "parent",
        "email",
        "status",
        "flag",
        "created_at",
        "ip_address",
        "user_agent",
        "moderated_by",
        "moderated_at",
        "edited_by",
        "edited_at",
    ]

    def get_fieldsets(self, request, obj=None):
        decision = ["decision"] if self.has_moderate_permission(request) else []
        return [
            (None, {"fields": ["on_article", "parent", ("status", "flag"), *decision]}),
            ("What the reader wrote", {"fields": [*EDITABLE_FIELDS, "email"]}),
            (
                "Record",
                {
                    "fields": [
                        ("created_at", "ip_address"),
                        "user_agent",
                        ("moderated_by", "moderated_at"),
                        ("edited_by", "edited_at"),
                    ]
                },
            ),
        ]

    def get_ordering(self, request):
        """The queue first: pending comments, newest on top; then the rest."""
        pending_first = Case(
            When(status=Comment.Status.PENDING, then=Value(0)), default=Value(1)
        )
        return [pending_first.asc(), "-created_at"]

    def has_add_permission(self, request):
        return False  # comments come from readers

    def has_moderate_permission(self, request):
        return request.user.has_perm("comments.moderate_comment")

    @admin.display(description="comment")
    def excerpt(self, comment):
        return Truncator(comment.text).chars(90)

    @admin.display(description="status", ordering="status")
    def state(self, comment):
        label = comment.get_status_display()
        return f"{label} ({comment.flag})" if comment.flag else label

    @admin.display(description="article")
    def on_article(self, comment):
        """The public page, which a moderator may open (unlike the article admin)."""
        return format_html(
            '<a href="{}">{}</a>', comment.article.get_absolute_url(), comment.article
        )

    def save_model(self, request, obj, form, change):
        """Keep an edit to the reader's words on record; leave status to
        `moderate_comments`, so a concurrent decision is never overwritten."""
        edited = [name for name in form.changed_data if name in EDITABLE_FIELDS]
        if edited:
            obj.edited_by = request.user
            obj.edited_at = timezone.now()
            obj.save(update_fields=[*edited, "edited_by", "edited_at"])
        decision = form.cleaned_data.get("decision")
        if decision and self.has_moderate_permission(request):
            moderate_comments(
                comments=Comment.objects.filter(pk=obj.pk),
                decision=decision,
                by=request.user,
            )
            obj.refresh_from_db(fields=["status", "moderated_by", "moderated_at"])

    def _decide(self, request, queryset, decision, verb):
        changed = moderate_comments(
            comments=queryset, decision=decision, by=request.user
        )
        self.message_user(
            request,
            f"{changed} comment{'s' if changed != 1 else ''} {verb}.",
            messages.SUCCESS,
        )

    @admin.action(description="Approve selected comments", permissions=["moderate"])
    def approve(self, request, queryset):
        self._decide(request, queryset, Comment.Status.APPROVED, "approved")

    @admin.action(
        description="Mark selected comments as spam", permissions=["moderate"]
    )
    def mark_spam(self, request, queryset):
        self._decide(request, queryset, Comment.Status.SPAM, "marked as spam")

    @admin.action(description="Remove selected comments", permissions=["moderate"])
    def remove(self, request, queryset):
        self._decide(request, queryset, Comment.Status.REMOVED, "removed")


@admin.register(BlocklistEntry)
class BlocklistEntryAdmin(admin.ModelAdmin):
    list_display = ["value", "kind", "note", "created_at"]
    list_filter = ["kind"]
    search_fields = ["value", "note"]
    fields = ["kind", "value", "note"]
