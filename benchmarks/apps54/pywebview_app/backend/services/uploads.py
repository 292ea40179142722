"""Attach PDFs to notes; uploaded to OpenAI Files for later use by the assistant."""
from __future__ import annotations

from pathlib import Path

from backend.llm import get_openai_client


def upload_attachment(path: Path) -> str:
    client = get_openai_client()
    with path.open("rb") as fh:
        f = client.files.create(file=fh, purpose="user_data")
    return f.id


def delete_attachment(file_id: str) -> None:
    get_openai_client().files.delete(file_id)
