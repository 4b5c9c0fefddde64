"""Pictures of a WordPress site brought into the journal's media storage.

`store_picture` takes plain data (an address and where to read it from) so it
can become a background task later. Each picture passes `validate_image` and is
stored under a name made from its content's hash: the same file used twice (or
imported twice) is stored once.
"""

import hashlib
import posixpath
from dataclasses import dataclass
from http.client import HTTPException
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import quote, unquote, urlsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

from articles.models import Article
from thinktank.images import (
    EXTENSIONS,
    save_whole,
    validate_image,
    without_camera_data,
)
from thinktank.renditions import make_renditions

UPLOADS = "/wp-content/uploads/"
TIMEOUT_SECONDS = 15
# The names of the files validate_image may accept (JPEG's two among them).
PICTURE_SUFFIXES = (*EXTENSIONS.values(), ".jpeg")


class MissingPicture(Exception):
    """The picture could not be read or is not an acceptable image (says why)."""


class SiteUnreachable(MissingPicture):
    """The old site did not answer for the picture: a timeout, a refused
    connection, an unknown host. Unlike a 404, the next picture may well fare
    the same (`Importer.picture` stops asking after a few)."""


@dataclass(frozen=True)
class MediaSource:
    """Where WordPress's uploads are: a local folder or a base URL."""

    folder: str = ""
    base_url: str = ""

    def __bool__(self):
        return bool(self.folder or self.base_url)


@dataclass(frozen=True)
class StoredPicture:
    name: str
    width: int
    height: int

    @property
    def url(self):
        return default_storage.url(self.name)


def upload_path(url):
    """The path of an upload inside wp-content/uploads/, or "" for any other address."""
    path = unquote(urlsplit(url).path)
    if UPLOADS not in path:
        return ""
    relative = posixpath.normpath(path.split(UPLOADS, 1)[1])
    if relative.startswith(("..", "/")) or relative == ".":
        return ""
    return relative


def is_picture(url):
    """Whether the file at `url` is a picture, by its name: a WordPress export
    does not give an attachment's type, and its uploads keep their suffix."""
    return unquote(urlsplit(url).path).lower().endswith(PICTURE_SUFFIXES)


def read_picture(*, url, source):
    """The bytes of the upload at `url`, from the source's folder or base URL."""
    relative = upload_path(url)
    if not relative:
        raise MissingPicture(f"{url} is not in wp-content/uploads/")
    if source.folder:
        folder = Path(source.folder).resolve()
        path = (folder / relative).resolve()
        if not path.is_relative_to(folder) or not path.is_file():
            raise MissingPicture(f"{relative} is not in {source.folder}")
        if path.stat().st_size > settings.IMAGE_MAX_BYTES:
            raise MissingPicture(f"{relative} is larger than IMAGE_MAX_BYTES")
        return path.read_bytes()
    address = f"{source.base_url.rstrip('/')}/{quote(relative)}"
    if urlsplit(address).scheme not in ("http", "https"):
        raise MissingPicture(f"{address} is not an http(s) address")
    request = Request(address, headers={"User-Agent": "journal-import/1"})
    try:
        with urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            data = response.read(settings.IMAGE_MAX_BYTES + 1)
    except (HTTPError, HTTPException, ValueError) as error:  # it answered
        raise MissingPicture(f"{address} could not be fetched ({error})") from error
    except OSError as error:  # URLError's too: it did not answer
        raise SiteUnreachable(f"{address} could not be fetched ({error})") from error
    if len(data) > settings.IMAGE_MAX_BYTES:
        raise MissingPicture(f"{address} is larger than IMAGE_MAX_BYTES")
    return data


def store_picture(*, url, source, dry_run=False):
    """Check the picture at `url` and store it once; return a StoredPicture.

    Raises MissingPicture when it cannot be read or fails the image checks.
    With `dry_run`, everything is checked and nothing is written.
    """
    data = read_picture(url=url, source=source)
    file = ContentFile(data, name=posixpath.basename(upload_path(url)))
    try:
        validate_image(file)
    except ValidationError as error:
        raise MissingPicture(f"{url}: {' '.join(error.messages)}") from error
    file = without_camera_data(file)  # as for any upload (thinktank/images.py)
    with Image.open(file) as image:
        kind, (width, height) = image.format, image.size
    digest = hashlib.sha256(data).hexdigest()
    name = f"wordpress/{digest[:2]}/{digest[:24]}{EXTENSIONS[kind]}"
    if not dry_run and not default_storage.exists(name):
        file.seek(0)
        save_whole(name, file)
        # The picture's WebP renditions, as for any upload (thinktank/renditions.py).
        make_renditions(Article(hero_image=name).hero_image)
    return StoredPicture(name, width, height)
