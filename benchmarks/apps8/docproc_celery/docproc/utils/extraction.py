"""Text extraction from uploaded files."""
import io
from typing import Tuple

from docproc.errors import ExtractionError, UnsupportedFileType

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEXT_TYPES = {"text/plain", "text/markdown", "message/rfc822"}


def extract_text(data: bytes, mime_type: str) -> Tuple[str, int]:
    """Return (text, page_count)."""
    if mime_type == PDF:
        return _from_pdf(data)
    if mime_type == DOCX:
        return _from_docx(data), 0
    if mime_type in TEXT_TYPES:
        return data.decode("utf-8", errors="replace"), 0
    raise UnsupportedFileType(mime_type)


def _from_pdf(data: bytes) -> Tuple[str, int]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
    except PdfReadError as exc:
        raise ExtractionError(f"unreadable pdf: {exc}") from exc
    pages = [page.extract_text() or "" for page in reader.pages]
    return "\n\n".join(pages), len(pages)


def _from_docx(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    return "\n\n".join(p.text for p in document.paragraphs if p.text.strip())


def looks_scanned(text: str, page_count: int) -> bool:
    """Heuristic: fewer than ~200 chars per page means the PDF is mostly images."""
    if page_count <= 0:
        return False
    return len(text.strip()) / page_count < 200
