"""The commenter's pending-comments cookie replaces the session for readers.

Readers no longer get a session: the comment views remember the comments a
browser sent in `comment_pending`, a strictly necessary cookie sent only to
/comments/ (comments/cookies.py).
"""

from django.db import migrations

SESSION = "Keeps a signed-in editor signed in."
PENDING = (
    "comment_pending",
    "Lets you, and only you, see the comments you sent while they wait for a "
    "moderator. Sent only to the comment pages.",
    "30 days",
)


def describe(apps, schema_editor):
    from django.conf import settings

    CookieGroup = apps.get_model("cookie_consent", "CookieGroup")
    Cookie = apps.get_model("cookie_consent", "Cookie")
    CookieLifetime = apps.get_model("thinktank", "CookieLifetime")
    group = CookieGroup.objects.filter(varname="necessary").first()
    if group is None:
        return
    Cookie.objects.filter(cookiegroup=group, name=settings.SESSION_COOKIE_NAME).update(
        description=SESSION
    )
    Cookie.objects.filter(name="comment_author").update(path="/comments/")
    name, description, duration = PENDING
    cookie, _ = Cookie.objects.update_or_create(
        cookiegroup=group,
        name=name,
        domain="",
        defaults={"description": description, "path": "/comments/"},
    )
    CookieLifetime.objects.update_or_create(
        cookie=cookie, defaults={"duration": duration}
    )
    # The library caches the groups for an hour; historical models do not clear it.
    from cookie_consent.cache import delete_cache

    delete_cache()


class Migration(migrations.Migration):
    dependencies = [("thinktank", "0002_purgedkey")]

    operations = [migrations.RunPython(describe, migrations.RunPython.noop)]
