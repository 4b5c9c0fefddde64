from django import forms
from django.utils import timezone

from .models import Article
from .services import may_set_status


class ArticleAdminForm(forms.ModelForm):
    """Adjustments to the admin's article form; the admin's fieldsets pick fields.

    `ArticleAdmin.get_form` sets `user` on the class: what the status may
    become depends on who saves.
    """

    user = None

    mark_as_update = forms.BooleanField(
        label="Show readers this edit as an update",
        required=False,
        help_text="Tick for a change readers should know about: the article then "
        "shows “Updated” with today’s date. Leave it for typo fixes and settings. "
        "For a dated note, add a correction or update below.",
    )

    class Meta:
        model = Article
        fields = ["standfirst", "pinned_related"]
        widgets = {"standfirst": forms.Textarea(attrs={"rows": 3})}

    def clean_status(self):
        status = self.cleaned_data["status"]
        unchanged = self.instance.pk and status == self.instance.status
        if not unchanged and not may_set_status(user=self.user, status=status):
            raise forms.ValidationError(
                "Only editors can publish, schedule or withdraw an article; "
                "set it to “In review” to hand it to them.",
                code="status_not_allowed",
            )
        return status

    def save(self, commit=True):
        if self.cleaned_data.get("mark_as_update"):
            self.instance.revised_at = timezone.now()
        return super().save(commit)

    def clean_pinned_related(self):
        pins = self.cleaned_data["pinned_related"]
        if self.instance.pk and pins.filter(pk=self.instance.pk).exists():
            raise forms.ValidationError(
                "An article cannot be pinned as related to itself.", code="self_pin"
            )
        return pins


class MergeTagsForm(forms.Form):
    """Which of the selected tags survives a merge."""

    keep = forms.ModelChoiceField(
        queryset=None,
        widget=forms.RadioSelect(attrs={"class": "radiolist"}),
        label="Tag to keep",
        help_text="Its name and address stay (you can rename it afterwards); "
        "the other tags' addresses lead to it.",
        error_messages={"required": "Choose the tag to keep."},
    )

    def __init__(self, tags, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = tags
        self.fields["keep"].label_from_instance = self.label_for

    @staticmethod
    def label_for(tag):
        count = tag.article_count
        return f"{tag.name} ({count} article{'' if count == 1 else 's'})"
