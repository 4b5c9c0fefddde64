from django import forms
from django.core.validators import URLValidator

from .models import MAX_DEPTH, Comment
from .spam import check_form_token, form_token

TEXT_MAX = Comment._meta.get_field("text").max_length
NAME_MAX = Comment._meta.get_field("name").max_length


class PlainTextField(forms.CharField):
    """Text as the reader typed it, with browser line endings counted once.

    Its length is checked here and not capped in the page: a browser stops a
    `maxlength` field short without a word, and a pasted comment would lose its
    end; the error message says how long it is and keeps every word.
    """

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n")

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        return attrs


class WebAddressField(forms.URLField):
    """A web address: http or https only (URLField also takes ftp), checked
    by one validator, so a bad address gets one message."""

    default_validators = [URLValidator(schemes=["http", "https"])]


class CommentForm(forms.Form):
    """The reader's "Leave a reply" form for one article.

    Checks the shape of the input and the form token; what happens to a valid
    comment (queue, spam, rate limit) is decided by the view and the services.
    """

    text = PlainTextField(
        label="Comment",
        widget=forms.Textarea(attrs={"rows": 7}),
        max_length=TEXT_MAX,
        error_messages={
            "required": "Please write your comment.",
            "max_length": "Your comment is %(show_value)s characters long; the "
            "limit is %(limit_value)s. Please shorten it.",
        },
    )
    name = PlainTextField(
        max_length=NAME_MAX,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={
            "required": "Please give your name; it is shown with your comment.",
            "max_length": "Please shorten your name to %(limit_value)s characters "
            "(it has %(show_value)s).",
        },
    )
    email = forms.EmailField(
        max_length=254,
        help_text="Never published.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": "Please give your email address; it is never published.",
            "invalid": "Please enter a valid email address, like name@example.com.",
        },
    )
    website = WebAddressField(
        label="Website (optional)",
        required=False,
        max_length=200,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
        error_messages={
            "invalid": "Please enter a web address starting with http:// or "
            "https://, or leave it empty.",
            "max_length": "Please use a web address of at most %(limit_value)s "
            "characters.",
        },
    )
    save_details = forms.BooleanField(
        required=False,
        label="Save my name, email, and website in this browser for the next "
        "time I comment.",
        help_text="This sets a functional cookie, only if you allow functional "
        "cookies in the cookie settings.",
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    token = forms.CharField(
        widget=forms.HiddenInput,
        error_messages={
            "required": "This form could not be checked. Please send your "
            "comment again."
        },
    )
    # The trap: hidden from people and from assistive technology; bots that
    # fill every field fill this one too.
    homepage = forms.CharField(
        required=False, label="Leave this field empty", max_length=200
    )

    def __init__(self, *args, article, **kwargs):
        self.article = article
        kwargs.setdefault("auto_id", "comment-form-%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["token"].initial = form_token(article)
        self.fields["homepage"].widget.attrs.update(
            {"autocomplete": "off", "tabindex": "-1"}
        )

    def clean_name(self):
        """One line: a name is shown on one, and goes into moderators' emails."""
        return " ".join(self.cleaned_data["name"].split())

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError("Please write your comment.", code="required")
        return text

    def clean_parent(self):
        """The approved comment of this article being replied to, or None."""
        pk = self.cleaned_data.get("parent")
        if pk is None:
            return None
        parent = Comment.objects.approved().filter(article=self.article, pk=pk).first()
        if parent is None:
            raise forms.ValidationError(
                "The comment you were replying to is no longer available. Send "
                "again to post yours as a comment on the article.",
                code="parent_unavailable",
            )
        if parent.depth >= MAX_DEPTH:
            raise forms.ValidationError(
                "Replies go at most %(depth)s levels deep. Send again to post "
                "yours as a comment on the article.",
                params={"depth": MAX_DEPTH},
                code="parent_too_deep",
            )
        return parent

    def clean(self):
        cleaned = super().clean()
        # A form with mistakes comes back for them alone, with a fresh token
        # (`prepare_retry`): a reader who pressed "Post comment" too soon is
        # not told it was "quicker than anyone can type" as well.
        if cleaned.get("token") and not self.errors:
            check_form_token(cleaned["token"], self.article)
        return cleaned

    def prepare_retry(self):
        """Make the returned form sendable again: a fresh token, and no reply
        target if the one given can no longer take replies."""
        data = self.data.copy()
        data["token"] = form_token(self.article)
        if "parent" in self.errors:
            data["parent"] = ""
        self.data = data

    @property
    def trap_filled(self):
        return bool(self.cleaned_data.get("homepage"))
