from django import forms
from django.forms.models import BaseInlineFormSet

from .models import Article, Byline, Photo
from .widgets import LibraryPickerWidget, PictureProseEditorWidget, TagSuggestWidget


class ArticleAdminForm(forms.ModelForm):
    """Adjustments to the admin's article form; the admin's fieldsets pick fields."""

    hero_photo = forms.ModelChoiceField(
        Photo.objects.all(),
        required=False,
        widget=LibraryPickerWidget,
        label="From the photo library",
        help_text="Or choose a picture from the library (or upload one there): "
        "it replaces the hero image, with its alt text, caption and credit.",
    )

    class Meta:
        model = Article
        fields = ["standfirst", "pinned_related"]
        widgets = {
            "standfirst": forms.Textarea(attrs={"rows": 3}),
            "body": PictureProseEditorWidget,
            "tags": TagSuggestWidget,
        }

    def clean(self):
        cleaned_data = super().clean()
        photo = cleaned_data.get("hero_photo")
        upload = self.files.get(self.add_prefix("hero_image"))
        if photo and not upload:
            # The library's file becomes the hero: no copy, same renditions.
            cleaned_data["hero_image"] = photo.image.name
        return cleaned_data

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


class PhotoUploadForm(forms.ModelForm):
    """A new picture for the library, sent from the picture dialog."""

    class Meta:
        model = Photo
        fields = ["image", "alt", "caption", "credit"]


class BylineForm(forms.ModelForm):
    """A byline row; its place is set by dragging (static/js/byline-order.js)."""

    position = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)

    class Meta:
        model = Byline
        fields = ["author", "position"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            self.initial["position"] = None  # not placed yet: after the others


class BylineFormSet(BaseInlineFormSet):
    """Stores the bylines' order as 0, 1, 2...: the order rows were given
    (dragged), rows never placed after them in the order they were added."""

    def clean(self):
        super().clean()
        kept = [
            (index, form)
            for index, form in enumerate(self.forms)
            if form.cleaned_data.get("author")
            and not (self.can_delete and form.cleaned_data.get("DELETE"))
        ]
        kept.sort(key=lambda row: self.place(*row))
        self.ordered = [form.instance for _, form in kept]
        for position, byline in enumerate(self.ordered):
            byline.position = position

    @staticmethod
    def place(index, form):
        position = form.cleaned_data.get("position")
        return (position is None, position or 0, index)

    def save(self, commit=True):
        saved = super().save(commit=commit)
        if commit:  # rows left unchanged on the page may still have moved
            Byline.objects.bulk_update(self.ordered, ["position"])
        return saved
