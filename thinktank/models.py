from django.db import models


class CookieLifetime(models.Model):
    """How long a cookie lives: the Privacy Overview states it for every cookie,
    and django-cookie-consent's Cookie model has no field for it."""

    cookie = models.OneToOneField(
        "cookie_consent.Cookie",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="lifetime",
    )
    duration = models.CharField(
        "duration",
        max_length=100,
        help_text="How long the browser keeps the cookie, in words a reader "
        'understands: "1 year", "until you close the browser".',
    )

    class Meta:
        verbose_name = "cookie duration"
        verbose_name_plural = "cookie durations"

    def __str__(self):
        return self.duration


class PurgedKey(models.Model):
    """When pages showing something were last made stale (thinktank/pagecache.py).

    `name` is a surrogate key (`article-12`); `generation` the number of the
    purge that last named it. The row named COUNTER holds the number of the
    last purge of all.
    """

    COUNTER = "*"

    name = models.CharField(max_length=100, primary_key=True)
    generation = models.BigIntegerField()

    class Meta:
        verbose_name = "purged cache key"

    def __str__(self):
        return f"{self.name} @ {self.generation}"
