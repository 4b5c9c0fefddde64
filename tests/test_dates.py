"""Reader-page dates print what Django's `date` filter prints (thinktank/templatetags/dates.py)."""

from datetime import datetime, timedelta

import pytest
from django.template import engines
from django.utils import timezone

from thinktank.templatetags.dates import long_date, long_datetime, short_date


def render(source, moment):
    template = engines["django"].from_string("{% load dates %}" + source)
    return template.render({"moment": moment})


# Every month, both halves of the day, midnight, noon and single-digit minutes.
MOMENTS = [
    timezone.make_aware(datetime(2025, 1, 1, 0, 0))
    + timedelta(days=31 * n, minutes=397 * n)
    for n in range(12)
] + [
    timezone.make_aware(datetime(2025, 11, 13, 12, 0)),
    timezone.make_aware(datetime(2025, 11, 13, 0, 5)),
    datetime(2026, 3, 29, 1, 30, tzinfo=timezone.get_fixed_timezone(0)),
]


@pytest.mark.parametrize("moment", MOMENTS)
@pytest.mark.parametrize(
    "ours, django_format",
    [
        ("long_date", "F j, Y"),
        ("short_date", "M j, Y"),
        ("long_datetime", "F j, Y \\a\\t g:i a"),
    ],
)
def test_prints_what_djangos_date_filter_prints(moment, ours, django_format):
    assert render(f"{{{{ moment|{ours} }}}}", moment) == render(
        f'{{{{ moment|date:"{django_format}" }}}}', moment
    )


def test_prints_the_site_time_zone(settings):
    settings.TIME_ZONE = "America/New_York"
    late_in_utc = datetime(2025, 11, 14, 3, 30, tzinfo=timezone.get_fixed_timezone(0))

    assert render("{{ moment|long_datetime }}", late_in_utc) == (
        "November 13, 2025 at 10:30 p.m."
    )


def test_nothing_prints_nothing():
    assert long_date(None) == short_date("") == long_datetime(None) == ""
