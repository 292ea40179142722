"""Importing PDFs/text into the workspace, and asking Gemini about whole documents."""
from __future__ import annotations

import hashlib
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

import google.generativeai as genai

from research_assistant.core import get_openai_client, make_gemini_model

log = logging.getLogger(__name__)


@dataclass
class Document:
    doc_id: str
    path: Path
    title: str
    remote_file: str | None = None


class DocumentStore:
    def __init__(self, root: Path):
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        self._docs: dict[str, Document] = {}

    def create(self, source: Path, title: str | None = None) -> Document:
        digest = hashlib.sha1(source.read_bytes()).hexdigest()[:12]
        dest = self.root / f"{digest}{source.suffix}"
        if not dest.exists():
            shutil.copy2(source, dest)
        doc = Document(digest, dest, title or source.stem)
        self._docs[digest] = doc
        return doc

    def get(self, doc_id: str) -> Document:
        return self._docs[doc_id]

    def all(self) -> list[Document]:
        return list(self._docs.values())


def upload_for_assistants(doc: Document) -> str:
    """Upload to OpenAI file storage (used by the file_search tool)."""
    with open(doc.path, "rb") as fh:
        uploaded = get_openai_client().files.create(file=fh, purpose="assistants")
    doc.remote_file = uploaded.id
    return uploaded.id


def ask_gemini_about(doc: Document, question: str, model_name: str = "gemini-1.5-pro") -> str:
    """Gemini reads the whole PDF natively, which beats our chunked RAG for long reports."""
    handle = genai.upload_file(str(doc.path), display_name=doc.title)
    model = make_gemini_model(model_name)
    response = model.generate_content([handle, question])
    return response.text
