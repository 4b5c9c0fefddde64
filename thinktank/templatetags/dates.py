"""Dates as reader pages print them (in the site's time zone: the template
engine converts them, as for Django's own `date` filter).

Each filter prints exactly what Django's `date` filter prints for its format,
without Django's general formatter: that one reads the format string, asks the
translation machinery for the month's name and calls a method per format
character, ~50 µs a date. An article page prints one a comment and the home
page one a card. The journal is published in English, so the names are here.
"""

from django import template

register = template.Library()

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@register.filter(expects_localtime=True)
def long_date(moment):
    """`November 13, 2025`: date:"F j, Y"."""
    if not moment:
        return ""
    return f"{MONTHS[moment.month - 1]} {moment.day}, {moment.year}"


@register.filter(expects_localtime=True)
def short_date(moment):
    """`Nov 13, 2025`: date:"M j, Y"."""
    if not moment:
        return ""
    return f"{MONTHS[moment.month - 1][:3]} {moment.day}, {moment.year}"


@register.filter(expects_localtime=True)
def long_datetime(moment):
    """`November 13, 2025 at 4:05 p.m.`: date:"F j, Y \\a\\t g:i a"."""
    if not moment:
        return ""
    hour = moment.hour % 12 or 12
    noon = "a.m." if moment.hour < 12 else "p.m."
    return (
        f"{MONTHS[moment.month - 1]} {moment.day}, {moment.year} "
        f"at {hour}:{moment.minute:02d} {noon}"
    )
