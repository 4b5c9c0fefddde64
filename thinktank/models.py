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
