"""Every uploaded image: a real picture of an allowed kind and size, stored
upright and without the camera's data."""

import io
import posixpath
import warnings

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.db import models
from django.template.defaultfilters import filesizeformat
from PIL import Image, ImageOps

# The kinds accepted, and the extension a picture of each kind is stored under
# when its own name says another kind.
EXTENSIONS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "GIF": ".gif"}


def save_whole(name, content):
    """Store `content` as `name` in the media storage, whole or not at all;
    return the name stored.

    Django's file system storage writes in place: a disk that fills up, or any
    error mid-way, left the start of the file, which then passed for the file
    itself (offered to readers in a srcset, skipped by a later run as stored).
    """
    try:
        return default_storage.save(name, content)
    except OSError:
        default_storage.delete(name)
        raise


def refuse_larger_than(file, limit, *, kind, code):
    """Refuse `file` when it is over `limit` bytes, saying both sizes; `kind`
    names what may be that large ("images", "a PDF")."""
    if file.size > limit:
        raise ValidationError(
            "This file is %(size)s; %(kind)s may be at most %(limit)s.",
            code=code,
            params={
                "size": filesizeformat(file.size),
                "kind": kind,
                "limit": filesizeformat(limit),
            },
        )


def validate_image(file):
    """Refuse anything that is not a JPEG, PNG, WebP or GIF within the limits.

    Pillow reads the header (never trusting the file name), and a picture whose
    pixel count exceeds IMAGE_MAX_PIXELS is refused before it is decoded, which
    stops decompression bombs. Then it is decoded whole: a file cut short (an
    upload broken off) passes `verify()`, which reads no pixels, and would fail
    later, when its renditions are made.
    """
    refuse_larger_than(
        file, settings.IMAGE_MAX_BYTES, kind="images", code="image_too_large"
    )
    # A stored picture whose handle an earlier reader closed (re-saving in the
    # admin without a new upload) is opened again, then closed as it was found.
    reopened = getattr(file, "closed", False)
    if reopened:
        file.open("rb")
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        with warnings.catch_warnings():
            # Pillow warns from 89 million pixels; the check below refuses
            # from IMAGE_MAX_PIXELS (fewer), before any decoding, and says
            # the picture's size.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(file) as image:
                kind = image.format
                width, height = image.size
                if width * height > settings.IMAGE_MAX_PIXELS:
                    raise _too_many_pixels(width, height)
                image.verify()
            file.seek(0)
            with Image.open(file) as image:
                image.load()
    except Image.DecompressionBombError as error:  # over 178 million pixels
        raise ValidationError(
            "This image has far too many pixels; the limit is %(limit)s million.",
            code="image_too_many_pixels",
            params={"limit": settings.IMAGE_MAX_PIXELS // 1_000_000},
        ) from error
    except ValidationError:
        raise
    except Exception as error:  # Pillow raises many kinds for a non-image file.
        raise ValidationError(
            "This file is not a valid image. Upload a JPEG, PNG, WebP or GIF picture.",
            code="image_invalid",
        ) from error
    finally:
        if reopened:
            file.close()
        else:
            file.seek(position)
    if kind not in EXTENSIONS:
        raise ValidationError(
            "%(kind)s images are not accepted. Upload a JPEG, PNG, WebP or GIF picture.",
            code="image_format",
            params={"kind": kind or "This kind of"},
        )


def _too_many_pixels(width, height):
    return ValidationError(
        "This image is %(width)s × %(height)s pixels; the limit is %(limit)s million pixels.",
        code="image_too_many_pixels",
        params={
            "width": width,
            "height": height,
            "limit": settings.IMAGE_MAX_PIXELS // 1_000_000,
        },
    )


def without_camera_data(file):
    """`file` as readers may be given it.

    A photo carrying camera data, EXIF or XMP, is turned upright as the camera
    meant it (phones store portraits sideways with a note saying so, which
    browsers and feed readers do not all follow) and saved again without that
    data, which often says where and when it was taken: a source's address is
    no business of the readers. Photo editors (Lightroom, Photoshop, a phone's
    own editor) write the place in XMP too, or there alone. Any other picture,
    or an animated one, is kept byte for byte.
    """
    file.seek(0)
    with Image.open(file) as image:
        camera_data = image.getexif() or image.info.get("xmp")
        if not camera_data or getattr(image, "n_frames", 1) > 1:
            file.seek(0)
            return file
        kind = image.format
        upright = ImageOps.exif_transpose(image)
        buffer = io.BytesIO()
        # Pillow writes EXIF only when asked to; the colour profile is kept.
        upright.save(
            buffer, kind, quality=92, icc_profile=image.info.get("icc_profile")
        )
    return ContentFile(buffer.getvalue(), name=file.name)


def named_for_its_kind(file):
    """`file`'s name, its extension changed to its kind's when it says another.

    The web server serves an upload with the type its extension names. A GIF
    called report.pdf passes every check (Pillow reads the content, and Django
    lets through any extension Pillow knows, PDF and PostScript among them), and
    was served as a PDF document: report.gif now, a picture.
    """
    file.seek(0)
    with Image.open(file) as image:
        kind = image.format
    file.seek(0)
    stem, extension = posixpath.splitext(file.name)
    if Image.registered_extensions().get(extension.lower()) == kind:
        return file.name
    return stem + EXTENSIONS[kind]


class PictureFormField(forms.ImageField):
    """An uploaded picture, checked (before Pillow decodes it) and stored as
    `without_camera_data` makes it, under its kind's extension."""

    def to_python(self, data):
        """The upload checked (`validate_image`) before Django's ImageField
        opens it: that calls a picture past Pillow's decompression-bomb limit
        (a 20,000 × 20,000 PNG) "not a valid image or a corrupted image"."""
        if isinstance(data, UploadedFile):
            validate_image(data)
        return super().to_python(data)

    def clean(self, data, initial=None):
        file = super().clean(data, initial)
        if isinstance(file, UploadedFile):
            file = without_camera_data(file)
            file.name = named_for_its_kind(file)
        return file


class PictureField(models.ImageField):
    """The journal's image field: `validate_image` on every value, uploads
    through `PictureFormField`."""

    default_validators = [validate_image]

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": PictureFormField, **kwargs})
