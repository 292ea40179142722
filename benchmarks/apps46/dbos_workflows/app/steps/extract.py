from __future__ import annotations

import io
import re

from dbos import DBOS
from pypdf import PdfReader

from app.config import settings
from app.llm import get_anthropic_client
from app.llm.prompts import truncate_for_model

_WS = re.compile(r"[ \t]+")
_GARBAGE_RATIO = 0.15


def _garbage_ratio(text: str) -> float:
    if not text:
        return 1.0
    bad = sum(1 for ch in text if not (ch.isprintable() or ch in "\n\t"))
    return bad / len(text)


@DBOS.step(retries_allowed=True, max_attempts=3)
def extract_text(filename: str, data: bytes) -> str:
    if filename.lower().endswith(".pdf"):
        reader = PdfReader(io.BytesIO(data))
        text = "\n\n".join((page.extract_text() or "") for page in reader.pages)
    else:
        text = data.decode("utf-8", errors="replace")
    text = _WS.sub(" ", text).strip()
    if _garbage_ratio(text) > _GARBAGE_RATIO:
        DBOS.logger.info("text for %s looks like bad OCR, running cleanup", filename)
        text = cleanup_ocr(text)
    return text[: settings.max_doc_chars]


def cleanup_ocr(text: str) -> str:
    client = get_anthropic_client()
    message = client.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=4096,
        system="Fix OCR errors. Do not add or remove content. Output only the corrected text.",
        messages=[{"role": "user", "content": truncate_for_model(text, 30_000)}],
    )
    return message.content[0].text


def chunk_text(text: str, size: int = 1800, overlap: int = 200) -> list[dict]:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    out: list[dict] = []
    buf = ""
    for para in paragraphs:
        if len(buf) + len(para) + 2 > size and buf:
            out.append({"ordinal": len(out), "text": buf})
            buf = buf[-overlap:] + "\n\n" + para
        else:
            buf = f"{buf}\n\n{para}" if buf else para
    if buf:
        out.append({"ordinal": len(out), "text": buf})
    return out
