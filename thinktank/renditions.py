"""WebP renditions of uploaded pictures, made once when the picture is saved.

Every image field of the site gets WebP copies at the widths in WIDTHS that are
narrower than the original (and one at the original width, up to the largest),
stored beside the uploads under renditions/. Templates describe them in an
`<img srcset>` (thinktank/templatetags/pictures.py) so browsers download only
the size they show.
"""

import io
import posixpath
import re

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.utils.html import escape
from PIL import Image, ImageOps

from .images import save_whole

WIDTHS = (480, 800, 1200, 1600)
QUALITY = 78


def rendition_widths(width):
    """The rendition widths available for a picture `width` pixels wide."""
    if not width:
        return []
    return sorted({*(w for w in WIDTHS if w < width), min(width, WIDTHS[-1])})


def rendition_name(name, width):
    """Where the rendition `width` pixels wide of the upload `name` is stored:
    named after the whole file name, whose storage made it unique (port.jpg
    and port.png, uploaded the same month, must not share their copies)."""
    # posixpath rather than PurePosixPath: a card page asks for ~100 of these.
    folder, filename = posixpath.split(name)
    return posixpath.join("renditions", folder, f"{filename}-{width}w.webp")


def make_renditions(fieldfile):
    """Write the missing renditions of `fieldfile`; return how many were made."""
    if not fieldfile:
        return 0
    missing = [
        w
        for w in rendition_widths(fieldfile.width)
        if not default_storage.exists(rendition_name(fieldfile.name, w))
    ]
    if not missing:
        return 0
    with fieldfile.open("rb"), Image.open(fieldfile) as original:
        # Upright as the camera meant it: a picture stored before uploads were
        # turned upright (thinktank.images.without_camera_data) may be sideways
        # with a note in its EXIF data, which WebP copies would lose.
        original = ImageOps.exif_transpose(original).convert(
            "RGBA" if original.mode in ("RGBA", "LA", "P") else "RGB"
        )
        for width in missing:
            height = round(original.height * width / original.width)
            buffer = io.BytesIO()
            original.resize((width, height), Image.Resampling.LANCZOS).save(
                buffer, "WEBP", quality=QUALITY, method=4
            )
            save_whole(
                rendition_name(fieldfile.name, width), ContentFile(buffer.getvalue())
            )
    return len(missing)


def srcset(name, width):
    """The `srcset` value listing the WebP renditions of the upload `name`."""
    return ", ".join(
        f"{default_storage.url(rendition_name(name, w))} {w}w"
        for w in rendition_widths(width)
    )


# How wide a picture in an article body is shown: the text column, or the screen.
BODY_IMAGE_SIZES = "(min-width: 62rem) 46rem, 100vw"
_IMG_TAG = re.compile(r"<img\b[^>]*>")
_IMG_ATTRIBUTE = re.compile(r'\s([a-z-]+)="([^"]*)"')


def stored_size(name):
    """(width, height) of the upload `name`, or None when it is not one."""
    if not default_storage.exists(name):
        return None
    try:
        with default_storage.open(name) as file, Image.open(file) as picture:
            return picture.size
    except OSError:
        return None


def responsive_images(html):
    """Article-body HTML whose uploaded pictures offer their WebP renditions.

    Each <img> of a picture uploaded here (its src under MEDIA_URL, its
    renditions made) gets `srcset`, `sizes` and lazy loading, and its width
    and height when they were left out (read from the file), so the page
    keeps the picture's room before it arrives; other images are left as
    they are. Runs on sanitised HTML, whose attributes are double-quoted;
    what it adds passes the same allowlist.
    """

    def rewrite(match):
        tag = match.group(0)
        attributes = dict(_IMG_ATTRIBUTE.findall(tag))
        src, width = attributes.get("src", ""), attributes.get("width", "")
        if "srcset" in attributes or not src.startswith(settings.MEDIA_URL):
            return tag
        name = src[len(settings.MEDIA_URL) :]
        if posixpath.normpath(f"/{name}") != f"/{name}":
            # "/media/../x" (pasted, or typed to probe) names no upload, and
            # the storage refuses to look outside its folder with an error.
            return tag
        extra = ""
        if not width.isdigit():
            size = stored_size(name)
            if size is None:
                return tag  # not one of our uploads
            width = str(size[0])
            tag = re.sub(r'\s(width|height)="[^"]*"', "", tag)
            extra = f' width="{size[0]}" height="{size[1]}"'
        widths = rendition_widths(int(width))
        if not widths or not default_storage.exists(rendition_name(name, widths[-1])):
            return tag[:-1].rstrip("/").rstrip() + extra + ">"  # renditions missing
        extra += (
            f' srcset="{escape(srcset(name, int(width)))}"'
            f' sizes="{BODY_IMAGE_SIZES}" loading="lazy"'
        )
        return tag[:-1].rstrip("/").rstrip() + extra + ">"

    return _IMG_TAG.sub(rewrite, html)


def make_renditions_on_save(sender, instance, **kwargs):
    """post_save receiver: renditions for every image field of `instance`."""
    for field in instance._meta.fields:
        if isinstance(field, models.ImageField):
            make_renditions(getattr(instance, field.name))
