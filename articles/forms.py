from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from reversion.models import Version
from taggit.models import Tag

from .models import Article, Byline, Category, Photo, validate_publication_date
from .services import may_set_status
from .widgets import (
    LibraryPickerWidget,
    NamedSplitDateTime,
    PictureProseEditorWidget,
    TagSuggestWidget,
)


def validate_tag_name(name):
    """A tag's address is made of its letters and digits: it needs one."""
    if not slugify(name, allow_unicode=True):
        raise ValidationError(
            "The tag “%(name)s” has no letter or digit; its page’s address is "
            "made of them. Please name it in words.",
            code="tag_without_letters",
            params={"name": name},
        )


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

    # When the article was last saved as this form shows it: a save on top
    # of someone else's is refused (`clean`).
    loaded_at = forms.CharField(widget=forms.HiddenInput, required=False)

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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_at"].initial = self.instance.updated_at.isoformat()

    def clean_tags(self):
        tags = self.cleaned_data["tags"]
        for name in tags:
            validate_tag_name(name)
        return tags

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk:
            self.refuse_a_save_over_another(cleaned_data.get("loaded_at"))
        photo = cleaned_data.get("hero_photo")
        upload = self.files.get(self.add_prefix("hero_image"))
        if photo and not upload:
            # The library's file becomes the hero: no copy, same renditions.
            cleaned_data["hero_image"] = photo.image.name
        return cleaned_data

    def refuse_a_save_over_another(self, loaded_at):
        """Raise if the article was saved since this form was opened. The row
        stays locked until this save commits (PostgreSQL), so no save can
        slip in between the check and the write."""
        saved_at = (
            Article.objects.select_for_update()
            .filter(pk=self.instance.pk)
            .values_list("updated_at", flat=True)
            .first()
        )
        if saved_at is None or saved_at.isoformat() == loaded_at:
            return
        latest = (
            Version.objects.get_for_object(self.instance)
            .select_related("revision__user")
            .first()
        )
        user = latest.revision.user if latest else None
        who = (user.get_full_name() or user.get_username()) if user else "Someone"
        raise forms.ValidationError(
            "%(who)s saved this article at %(when)s, after you opened it. Nothing "
            "was saved: your text is still below. Open the article in a new tab, "
            "bring your changes over, and save there.",
            code="edited_meanwhile",
            params={
                "who": who,
                "when": date_format(timezone.localtime(saved_at), "DATETIME_FORMAT"),
            },
        )

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


class ScheduleForm(forms.Form):
    """When the selected articles go out (bulk "Schedule…")."""

    at = forms.SplitDateTimeField(
        label="Publish at",
        widget=NamedSplitDateTime(label="Publish at"),
        help_text="A time ahead; readers see the articles from then on.",
        validators=[validate_publication_date],
    )

    def clean_at(self):
        at = self.cleaned_data["at"]
        if at <= timezone.now():
            raise forms.ValidationError(
                "Choose a time ahead, or use “Publish now”.", code="schedule_past"
            )
        return at


class MoveToCategoryForm(forms.Form):
    """Where the selected articles are filed (bulk "Move to a category…")."""

    category = forms.ModelChoiceField(
        queryset=Category.objects.all(),
        label="Primary category",
        help_text="Their section follows the category.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].label_from_instance = lambda c: " › ".join(
            a.name for a in c.ancestors_and_self()
        )


class AddTagForm(forms.Form):
    """A tag for the selected articles (bulk "Add a tag…")."""

    name = forms.CharField(
        label="Tag",
        max_length=100,
        help_text="An existing tag’s name, or a new one.",
        validators=[validate_tag_name],
    )

    def clean(self):
        cleaned_data = super().clean()
        name = cleaned_data.get("name", "").strip()
        if name:
            cleaned_data["tag"] = Tag.objects.filter(name__iexact=name).first() or (
                Tag.objects.create(name=name)
            )
        return cleaned_data
