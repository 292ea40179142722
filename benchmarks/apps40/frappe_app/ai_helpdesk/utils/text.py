import re

from bs4 import BeautifulSoup

_WS = re.compile(r"\s+")


def strip_html(html: str | None) -> str:
    if not html:
        return ""
    return _WS.sub(" ", BeautifulSoup(html, "html.parser").get_text(" ")).strip()


def chunk_text(text: str, max_chars: int = 1500, overlap: int = 150) -> list[str]:
    text = text.strip()
    if not text:
        return []
    chunks, start = [], 0
    while start < len(text):
        end = min(len(text), start + max_chars)
        cut = text.rfind(". ", start, end)
        if cut > start + max_chars // 2 and end < len(text):
            end = cut + 1
        chunks.append(text[start:end].strip())
        start = max(end - overlap, end) if end == len(text) else end - overlap
    return [c for c in chunks if c]


_SIGNATURE_MARKERS = (
    "\n-- \n",
    "\nSent from my iPhone",
    "\nSent from my Android",
    "\nGet Outlook for",
    "\nKind regards",
    "\nBest regards",
)
_QUOTE_HEADER = re.compile(r"^On .{5,80} wrote:\s*$", re.MULTILINE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"\+?\d[\d \-()]{7,}\d")
_CARD = re.compile(r"\b(?:\d[ -]*?){13,16}\b")


def strip_quoted_reply(text: str) -> str:
    """Drop the quoted previous message and signature from an email body."""
    match = _QUOTE_HEADER.search(text)
    if match:
        text = text[: match.start()]
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith(">")]
    text = "\n".join(lines)
    for marker in _SIGNATURE_MARKERS:
        idx = text.find(marker)
        if idx > 0:
            text = text[:idx]
    return text.strip()


def redact_pii(text: str) -> str:
    """Best-effort redaction before text leaves our infrastructure."""
    text = _CARD.sub("[card]", text)
    text = _EMAIL.sub("[email]", text)
    return _PHONE.sub("[phone]", text)


def first_sentence(text: str, limit: int = 140) -> str:
    text = (text or "").strip()
    for sep in (". ", "? ", "! ", "\n"):
        idx = text.find(sep)
        if 0 < idx < limit:
            return text[: idx + 1].strip()
    return text[:limit].rstrip() + ("…" if len(text) > limit else "")
