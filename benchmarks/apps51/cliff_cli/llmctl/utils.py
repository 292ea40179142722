"""Small shared helpers: token counting, templating, retries, pricing."""
from __future__ import annotations

import functools
import logging
import random
import re
import time

import tiktoken


_WS = re.compile(r"\s+")


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("cl100k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def truncate_tokens(text: str, limit: int, model: str = "gpt-4o-mini") -> str:
    enc = _encoding(model)
    toks = enc.encode(text)
    if len(toks) <= limit:
        return text
    return enc.decode(toks[:limit])


def normalise(text: str) -> str:
    return _WS.sub(" ", text).strip()


def render_template(template: str, variables: dict[str, str]) -> str:
    out = template
    for key, val in variables.items():
        out = out.replace("{{" + key + "}}", val)
    return out


LOG = logging.getLogger(__name__)

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504}


def _status_of(exc: BaseException) -> int | None:
    return getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)


def with_backoff(fn, *args, attempts: int = 4, base_delay: float = 1.0, **kwargs):
    """Call ``fn(*args, **kwargs)`` retrying on rate limits / 5xx."""
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            status = _status_of(exc)
            if status not in RETRYABLE_STATUS or attempt == attempts:
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.random()
            LOG.warning("attempt %d failed (%s); sleeping %.1fs", attempt, status, delay)
            time.sleep(delay)


def retrying(attempts: int = 4):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return with_backoff(fn, *args, attempts=attempts, **kwargs)
        return wrapper
    return deco


PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "llama-3.1-70b-versatile": (0.59, 0.79),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "deepseek-chat": (0.27, 1.10),
    "deepseek-reasoner": (0.55, 2.19),
    "sonar": (1.00, 1.00),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int = 0) -> float:
    inp, out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * inp + output_tokens * out) / 1_000_000


def completion_cost(completion) -> float:
    """Cost of an llmctl.providers.base.Completion."""
    return calculate_cost(completion.model, completion.input_tokens, completion.output_tokens)
