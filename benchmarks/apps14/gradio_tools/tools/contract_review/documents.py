"""Turn uploaded contracts (PDF / DOCX / TXT) into plain text."""
from __future__ import annotations

import io
from pathlib import Path

import docx
from pypdf import PdfReader

from common.errors import ToolError

MAX_PAGES = 120


def load_contract_text(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        return _pdf_text(path)
    if suffix == ".docx":
        return _docx_text(path)
    if suffix in (".txt", ".md"):
        return Path(path).read_text(encoding="utf-8", errors="replace")
    raise ToolError(f"Unsupported file type {suffix}. Upload a PDF, DOCX or TXT.")


def _pdf_text(path: str) -> str:
    reader = PdfReader(path)
    if len(reader.pages) > MAX_PAGES:
        raise ToolError(f"That PDF has {len(reader.pages)} pages; the limit is {MAX_PAGES}.")
    pages = []
    for i, page in enumerate(reader.pages, start=1):
        text = page.extract_text() or ""
        pages.append(f"[page {i}]\n{text}")
    return "\n\n".join(pages)


def _docx_text(path: str) -> str:
    with open(path, "rb") as fh:
        document = docx.Document(io.BytesIO(fh.read()))
    return "\n".join(p.text for p in document.paragraphs if p.text.strip())
