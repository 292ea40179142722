"""Plain text chunking; no LLMs here."""
from __future__ import annotations

import re

_PARA = re.compile(r"\n\s*\n")


def chunk_text(text: str, max_chars: int = 3_000, overlap: int = 200) -> list[str]:
    paras = [p.strip() for p in _PARA.split(text) if p.strip()]
    chunks: list[str] = []
    current = ""
    for para in paras:
        if len(current) + len(para) + 2 <= max_chars:
            current = f"{current}\n\n{para}" if current else para
            continue
        if current:
            chunks.append(current)
        tail = current[-overlap:] if overlap and current else ""
        current = (tail + "\n\n" + para).strip() if len(para) < max_chars else para[:max_chars]
    if current:
        chunks.append(current)
    return chunks


def split_documents(raw_documents: list[dict]) -> list[dict]:
    out = []
    for doc in raw_documents:
        for i, chunk in enumerate(chunk_text(doc["text"])):
            out.append({"doc_id": doc["id"], "name": doc["name"], "idx": i, "text": chunk})
    return out
