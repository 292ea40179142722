"""Small helpers: text cleanup and running coroutines from sync code."""
import asyncio
import re
import unicodedata


def run_sync(coro):
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        loop = None
    if loop and loop.is_running():
        # Only happens under the async test client; a nested loop is fine there.
        new_loop = asyncio.new_event_loop()
        try:
            return new_loop.run_until_complete(coro)
        finally:
            new_loop.close()
    return asyncio.run(coro)

_WS = re.compile(r"\s+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return _WS.sub(" ", text).strip()


def redact_pii(text: str) -> str:
    """Mask emails and phone numbers before text goes to a third party."""
    text = _EMAIL.sub("[email]", text)
    return _PHONE.sub("[phone]", text)


def chunk(text: str, size: int = 1200, overlap: int = 150):
    text = normalise(text)
    if len(text) <= size:
        return [text] if text else []
    out, start = [], 0
    while start < len(text):
        out.append(text[start : start + size])
        start += size - overlap
    return out


def truncate(text: str, limit: int = 6000) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
