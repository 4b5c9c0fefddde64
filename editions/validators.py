from django.conf import settings
from django.core.exceptions import ValidationError
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from thinktank.images import refuse_larger_than


def validate_pdf(file):
    """Refuse anything that is not a readable PDF within EDITION_PDF_MAX_BYTES.

    pypdf parses the file (its header, cross-reference table and page tree),
    never trusting the name, as Pillow does for pictures (thinktank/images.py).
    """
    refuse_larger_than(
        file, settings.EDITION_PDF_MAX_BYTES, kind="a PDF", code="pdf_too_large"
    )
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        if file.read(5) != b"%PDF-":
            raise PdfReadError("no PDF header")
        file.seek(0)
        if not len(PdfReader(file).pages):
            raise PdfReadError("no pages")
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise ValidationError(
            "This file is not a PDF that can be read.", code="pdf_invalid"
        ) from error
    finally:
        file.seek(position)
