from django import forms

from .models import Article


class ArticleAdminForm(forms.ModelForm):
    """Adjustments to the admin's article form; the admin's fieldsets pick fields."""

    class Meta:
        model = Article
        fields = ["standfirst", "pinned_related"]
        widgets = {"standfirst": forms.Textarea(attrs={"rows": 3})}

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
