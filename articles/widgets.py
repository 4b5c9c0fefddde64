"""Admin widgets of the picture desk and the tag field.

The picture dialog (static/js/picture-desk.js) is one ES module shared by the
rich-text editor's picture button (static/js/prose-picture.js) and the hero
picker (static/js/library-picker.js); the import map names it, so every page
loads it once.
"""

from django import forms
from django.contrib.admin.widgets import AdminSplitDateTime
from django.urls import reverse_lazy
from django_prose_editor.widgets import AdminProseEditorWidget
from js_asset import ImportMap, Media, Script
from taggit.forms import TagWidget

LIBRARY_URL = reverse_lazy("admin:articles_photo_library")
UPLOAD_URL = reverse_lazy("admin:articles_photo_upload")

picture_desk_media = Media(
    importmap=ImportMap({"journal/picture-desk": "js/picture-desk.js"}),
    css={"all": ["css/admin-desk.css"]},
)


class PictureProseEditorWidget(AdminProseEditorWidget):
    """The admin's rich-text editor, with what its picture button needs."""

    @property
    def media(self):
        return super().media + picture_desk_media


class LibraryPickerWidget(forms.Widget):
    """The chosen library photo's id, with a button opening the picture dialog.

    The dialog's answers fill the sibling fields named in `fields` (alt text,
    decorative, caption, credit), which the editor can still change. The id
    travels in a hidden input, but the widget is not hidden: the admin shows
    its row, and the button names itself (no label points at it).
    """

    template_name = "articles/widgets/library_picker.html"
    fields = {
        "alt": "hero_alt",
        "decorative": "hero_decorative",
        "caption": "hero_caption",
        "credit": "hero_credit",
        "file": "hero_image",
    }

    @property
    def media(self):
        return picture_desk_media + Media(
            js=[Script("js/library-picker.js", type="module")]
        )

    def id_for_label(self, id_):
        return ""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["type"] = "hidden"
        context["library_url"] = LIBRARY_URL
        context["upload_url"] = UPLOAD_URL
        context["fields"] = self.fields
        return context


class TagSuggestWidget(TagWidget):
    """taggit's comma-separated text box, offering existing tags while typing
    (a combobox with a list box, static/js/tag-suggest.js); new tags are still
    typed as before."""

    template_name = "articles/widgets/tag_suggest.html"

    class Media:
        css = {"all": ["css/admin-desk.css"]}
        js = ["js/tag-suggest.js"]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["suggest_url"] = reverse_lazy("admin:taggit_tag_suggest")
        # The keyboard hint joins the help text and error the form points at:
        # a second aria-describedby attribute would be dropped by the browser.
        widget_attrs = context["widget"]["attrs"]
        described_by = widget_attrs.get("aria-describedby", "").split()
        widget_attrs["aria-describedby"] = " ".join(
            [*described_by, f"{widget_attrs['id']}-hint"]
        )
        return context


class NamedSplitDateTime(AdminSplitDateTime):
    """The admin's date and time boxes, each named for screen readers.

    Django's field label points at neither box (a pair has no one id to point
    at), the "Date:" and "Time:" beside them are plain text, and a pair is
    treated as a fieldset, so neither box is tied to the help text or the
    error message. Each box is named after the field ("Publish at, date") and
    described by the field's help text and error, under the ids the admin's
    templates give them.
    """

    use_fieldset = False  # so the form points aria-describedby at help and error

    def __init__(self, label, attrs=None):
        super().__init__(attrs)
        self.label = label

    def id_for_label(self, id_):
        return id_  # the id the help text and error message are named after

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        date, time = context["widget"]["subwidgets"]
        date["attrs"]["aria-label"] = f"{self.label}, date"
        time["attrs"]["aria-label"] = f"{self.label}, time"
        return context
