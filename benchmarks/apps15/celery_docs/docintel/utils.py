"""Small helpers shared by tasks."""
import functools
import json
import logging
import random
import re
import time
from typing import Any, Callable, Iterable, List, Optional, Tuple, Type, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

_FENCE_RE = re.compile(r"^```(?:json)?\s*|\s*```$", re.MULTILINE)


def parse_json_loose(raw: str) -> Any:
    """Models love wrapping JSON in fences or prefacing it with prose."""
    if raw is None:
        raise ValueError("empty model output")
    cleaned = _FENCE_RE.sub("", raw.strip())
    try:
        return json.loads(cleaned)
    except json.JSONDecodeError:
        start, end = cleaned.find("{"), cleaned.rfind("}")
        if start == -1 or end <= start:
            raise
        return json.loads(cleaned[start:end + 1])


def chunk_text(text: str, max_chars: int = 3500, overlap: int = 300) -> List[str]:
    text = re.sub(r"[ \t]+", " ", text or "").strip()
    if not text:
        return []
    chunks, start = [], 0
    while start < len(text):
        end = min(len(text), start + max_chars)
        if end < len(text):
            para = text.rfind("\n\n", start, end)
            if para > start + max_chars // 2:
                end = para
        chunks.append(text[start:end].strip())
        if end >= len(text):
            break
        start = max(end - overlap, start + 1)
    return [c for c in chunks if c]


def batched(items: Iterable[T], size: int) -> Iterable[List[T]]:
    batch: List[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def approx_tokens(text: str) -> int:
    # good enough for budgeting; real counts come back in the usage blocks
    return max(1, len(text) // 4)


def call_with_retry(fn: Callable[..., T], *args: Any, retry_on: Tuple[Type[BaseException], ...] = (Exception,),
                    attempts: int = 4, base_delay: float = 1.5, **kwargs: Any) -> T:
    last: Optional[BaseException] = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except retry_on as exc:  # type: ignore[misc]
            last = exc
            if attempt == attempts:
                break
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 0.5)
            log.warning("retrying %s after %s (attempt %d/%d)", getattr(fn, "__qualname__", fn), exc, attempt, attempts)
            time.sleep(delay)
    assert last is not None
    raise last


def timed(fn: Callable[..., T]) -> Callable[..., T]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            log.info("%s took %.1f ms", fn.__qualname__, (time.perf_counter() - t0) * 1000)
    return wrapper
