from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from thinktank.images import refuse_larger_than

PDF_NAME = FileExtensionValidator(["pdf"])


def validate_pdf(file):
    """Refuse anything that is not a readable PDF within EDITION_PDF_MAX_BYTES,
    named .pdf.

    pypdf parses the file (its header, cross-reference table and page tree),
    never trusting the name, as Pillow does for pictures (thinktank/images.py).
    The name is checked too: the file keeps it, and the web server in front
    says what a file is by its extension, so a PDF that also holds a page of
    HTML, stored as "issue.html", would be served as a page of this site.
    """
    PDF_NAME(file)
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
