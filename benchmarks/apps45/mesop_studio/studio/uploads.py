"""Handling of uploaded documents (PDF/text) for the summary page."""

from __future__ import annotations

import io
import logging

from studio.backends import get_genai_client, get_openai_client

log = logging.getLogger(__name__)

TEXT_TYPES = {"text/plain", "text/markdown", "text/csv"}


def extract_text(filename: str, mime_type: str, data: bytes) -> str:
    if mime_type in TEXT_TYPES or filename.endswith((".txt", ".md")):
        return data.decode("utf-8", errors="replace")
    if mime_type == "application/pdf" or filename.endswith(".pdf"):
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)
    raise ValueError(f"Unsupported file type: {mime_type}")


def upload_to_openai(filename: str, data: bytes) -> str:
    """Stash the original file with OpenAI so assistants/batch jobs can use it."""
    f = get_openai_client().files.create(file=(filename, data), purpose="user_data")
    log.info("uploaded %s as %s", filename, f.id)
    return f.id


def upload_to_gemini(path: str, mime_type: str) -> str:
    uploaded = get_genai_client().files.upload(file=path, config={"mime_type": mime_type})
    return uploaded.name
