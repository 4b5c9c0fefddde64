from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from thinktank.renditions import srcset

register = template.Library()


@register.simple_tag
def picture(image, width, height, alt="", sizes="100vw", lazy=True, priority=False):
    """An <img> of an uploaded picture with its WebP renditions in `srcset`.

    `width` and `height` are the stored dimensions, so the browser reserves the
    space before the picture arrives; pictures below the fold load lazily.
    """
    if not image:
        return ""
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" alt="{}" width="{}" height="{}"{}>',
        image.url,
        srcset(image.name, width),
        sizes,
        alt,
        width,
        height,
        mark_safe(' fetchpriority="high"')
        if priority
        else mark_safe(' loading="lazy"')
        if lazy
        else "",
    )
