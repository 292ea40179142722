import logging
import re
import time
from typing import Callable, Iterable, Iterator, List, Sequence, TypeVar

import tiktoken

logger = logging.getLogger(__name__)

T = TypeVar("T")

_WS = re.compile(r"\s+")
_QUOTED_REPLY = re.compile(r"^On .+ wrote:$", re.MULTILINE)

_encoding = None


def _get_encoding():
    global _encoding
    if _encoding is None:
        _encoding = tiktoken.get_encoding("o200k_base")
    return _encoding


def count_tokens(text: str) -> int:
    return len(_get_encoding().encode(text))


def truncate_to_tokens(text: str, max_tokens: int) -> str:
    enc = _get_encoding()
    ids = enc.encode(text)
    if len(ids) <= max_tokens:
        return text
    return enc.decode(ids[:max_tokens])


def normalize_whitespace(text: str) -> str:
    return _WS.sub(" ", text).strip()


def strip_quoted_reply(body: str) -> str:
    """Drop the quoted previous message that mail clients append."""
    match = _QUOTED_REPLY.search(body)
    return body[: match.start()].rstrip() if match else body


def chunked(items: Sequence[T], size: int) -> Iterator[List[T]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def retry_call(fn: Callable[[], T], attempts: int = 3, backoff: float = 0.5,
               retry_on: tuple = (Exception,)) -> T:
    last_exc = None
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except retry_on as exc:  # noqa: PERF203
            last_exc = exc
            logger.warning("attempt %s/%s failed: %s", attempt, attempts, exc)
            time.sleep(backoff * (2 ** (attempt - 1)))
    assert last_exc is not None
    raise last_exc


def completion(prefix: str, vocabulary: Iterable[str], limit: int = 8) -> List[str]:
    """Prefix completion for canned-response shortcuts typed in the agent console."""
    prefix = prefix.lower().lstrip("/")
    hits = sorted(v for v in vocabulary if v.lower().startswith(prefix))
    return hits[:limit]


def render_transcript(messages: Iterable[dict], max_chars: int = 24_000) -> str:
    lines = []
    for m in messages:
        who = "Customer" if m.get("role") == "user" else "Agent"
        lines.append(f"{who}: {normalize_whitespace(m.get('content', ''))}")
    text = "\n".join(lines)
    return text[-max_chars:]
