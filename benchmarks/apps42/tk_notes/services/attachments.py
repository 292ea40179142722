"""Attach files to notes; PDFs are uploaded once so the assistant can reference them."""
from __future__ import annotations

import mimetypes
import shutil
from pathlib import Path

from services.clients import get_openai_client


def store_attachment(src: Path, notes_dir: Path, note_id: str) -> Path:
    dest_dir = notes_dir / "attachments" / note_id
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / src.name
    shutil.copy2(src, dest)
    return dest


def upload_for_assistant(path: Path) -> str:
    mime, _ = mimetypes.guess_type(path.name)
    client = get_openai_client()
    with path.open("rb") as fh:
        uploaded = client.files.create(file=(path.name, fh, mime or "application/octet-stream"), purpose="user_data")
    return uploaded.id


def forget_upload(file_id: str) -> None:
    get_openai_client().files.delete(file_id)
