"""The comment form's hidden fields, written without Django's widget templates."""

import pytest
from django import forms

from comments.forms import HiddenInput


@pytest.mark.parametrize(
    ("value", "attrs"),
    [
        (None, {"id": "comment-form-parent"}),
        (42, {"id": "comment-form-parent"}),
        ('tok"en<&>', {"id": "comment-form-token"}),
        ("", {"id": "x", "data-flag": True, "data-off": False, "data-n": 3}),
    ],
)
def test_hidden_input_markup_is_djangos_own(value, attrs):
    ours = HiddenInput(attrs=attrs).render("token", value)
    djangos = forms.HiddenInput(attrs=attrs).render("token", value)
    assert ours == djangos


def test_a_hidden_value_is_escaped():
    markup = HiddenInput().render("token", '"><script>alert(1)</script>')
    assert "<script>" not in markup
    assert 'value="&quot;&gt;&lt;script&gt;' in markup
