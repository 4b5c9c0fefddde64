"""The cookie groups readers are asked about, with every cookie the site sets.

Editors change them in the admin afterwards; adding a cookie to a group asks the
readers who accepted that group again (django-cookie-consent's group versions).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

GROUPS = [
    {
        "varname": "necessary",
        "name": "Strictly necessary",
        "description": (
            "Cookies the site cannot work without: they keep editors signed in, "
            "protect forms against forgery and remember your cookie choices. "
            "They are always on."
        ),
        "is_required": True,
        "is_deletable": False,
        "cookies": [
            (
                settings.SESSION_COOKIE_NAME,
                "Keeps a signed-in editor signed in, and lets you see your own "
                "comment while it waits for a moderator.",
                "2 weeks",
            ),
            (
                settings.CSRF_COOKIE_NAME,
                "Protects the comment form and your cookie settings against "
                "forged submissions from other sites.",
                "1 year",
            ),
            (
                "cookie_consent",
                "Remembers which optional cookie groups you accepted or declined.",
                "1 year",
            ),
            (
                "messages",
                "Carries a short notice, such as “Saved”, to the next page you open.",
                "Until the next page",
            ),
        ],
    },
    {
        "varname": "functional",
        "name": "Functional",
        "description": (
            "Remember details you asked us to remember. Set only if you accept "
            "this group."
        ),
        "cookies": [
            (
                "comment_author",
                "Fills in your name, email and website on the comment form, when "
                "you ticked “Save my name, email, and website in this browser for "
                "the next time I comment”.",
                "1 year",
            ),
        ],
    },
    {
        "varname": "analytics",
        "name": "Analytics",
        "description": (
            "Count visits and the articles read, so we learn what readers find "
            "useful. Offered only while the journal uses an analytics service, "
            "and set only if you accept this group."
        ),
        "cookies": [
            (
                "_pk_id",
                "Tells the analytics service that two visits come from the same "
                "browser, without saying who you are.",
                "13 months",
            ),
            ("_pk_ses", "Groups the pages you read during one visit.", "30 minutes"),
        ],
    },
]


def create_groups(apps, schema_editor):
    CookieGroup = apps.get_model("cookie_consent", "CookieGroup")
    Cookie = apps.get_model("cookie_consent", "Cookie")
    CookieLifetime = apps.get_model("thinktank", "CookieLifetime")
    for ordering, data in enumerate(GROUPS):
        group, _ = CookieGroup.objects.update_or_create(
            varname=data["varname"],
            defaults={
                "name": data["name"],
                "description": data["description"],
                "is_required": data.get("is_required", False),
                "is_deletable": data.get("is_deletable", True),
                "ordering": ordering,
            },
        )
        for name, purpose, duration in data["cookies"]:
            cookie, _ = Cookie.objects.update_or_create(
                cookiegroup=group,
                name=name,
                domain="",
                defaults={"description": purpose, "path": "/"},
            )
            CookieLifetime.objects.update_or_create(
                cookie=cookie, defaults={"duration": duration}
            )
    _forget_cached_groups()


def remove_groups(apps, schema_editor):
    CookieGroup = apps.get_model("cookie_consent", "CookieGroup")
    CookieGroup.objects.filter(varname__in=[g["varname"] for g in GROUPS]).delete()
    _forget_cached_groups()


def _forget_cached_groups():
    # The library caches the groups for an hour; historical models do not clear it.
    from cookie_consent.cache import delete_cache

    delete_cache()


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("cookie_consent", "0004_cookie_natural_key"),
    ]

    operations = [
        migrations.CreateModel(
            name="CookieLifetime",
            fields=[
                (
                    "cookie",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="lifetime",
                        serialize=False,
                        to="cookie_consent.cookie",
                    ),
                ),
                (
                    "duration",
                    models.CharField(
                        help_text='How long the browser keeps the cookie, in words a reader understands: "1 year", "until you close the browser".',
                        max_length=100,
                        verbose_name="duration",
                    ),
                ),
            ],
            options={
                "verbose_name": "cookie duration",
                "verbose_name_plural": "cookie durations",
            },
        ),
        migrations.RunPython(create_groups, remove_groups),
    ]
