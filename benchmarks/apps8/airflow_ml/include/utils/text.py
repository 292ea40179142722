import re
import unicodedata
from typing import Iterable, Iterator, List, Sequence, TypeVar

T = TypeVar("T")

_WS = re.compile(r"\s+")
_HTML_TAG = re.compile(r"<[^>]+>")


def clean_text(value: str) -> str:
    if not value:
        return ""
    value = unicodedata.normalize("NFKC", value)
    value = _HTML_TAG.sub(" ", value)
    return _WS.sub(" ", value).strip()


def truncate(value: str, max_chars: int = 4000) -> str:
    if len(value) <= max_chars:
        return value
    cut = value[:max_chars]
    return cut.rsplit(" ", 1)[0] + "…"


def chunked(items: Sequence[T], size: int) -> Iterator[List[T]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


def strip_code_fence(value: str) -> str:
    value = value.strip()
    if value.startswith("```"):
        value = value.split("\n", 1)[1] if "\n" in value else ""
        if value.endswith("```"):
            value = value[:-3]
    return value.strip()


def join_nonempty(parts: Iterable[str], sep: str = "\n") -> str:
    return sep.join(p for p in parts if p)
