"""Input coercion for pyfunc ``predict``: serving hands us DataFrames, notebooks hand us lists."""
from __future__ import annotations

import json
import logging
import random
import time
from typing import Any, Callable, Iterable, TypeVar

import pandas as pd


def rows_from_input(model_input: Any, text_col: str = "text") -> list[dict]:
    if isinstance(model_input, pd.DataFrame):
        return model_input.to_dict(orient="records")
    if isinstance(model_input, dict):
        if isinstance(model_input.get(text_col), list):
            return [{text_col: t} for t in model_input[text_col]]
        return [model_input]
    if isinstance(model_input, str):
        return [{text_col: model_input}]
    if isinstance(model_input, Iterable):
        return [r if isinstance(r, dict) else {text_col: r} for r in model_input]
    raise TypeError(f"unsupported model_input type {type(model_input)!r}")


def parse_json_loose(raw: str | None) -> dict:
    if not raw:
        return {}
    raw = raw.strip()
    if raw.startswith("```"):
        raw = raw.strip("`")
        if raw.startswith("json"):
            raw = raw[4:]
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        start, end = raw.find("{"), raw.rfind("}")
        if start >= 0 and end > start:
            return json.loads(raw[start : end + 1])
        raise


T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504}


def _status_of(exc: BaseException) -> int | None:
    for attr in ("status_code", "status"):
        val = getattr(exc, attr, None)
        if isinstance(val, int):
            return val
    resp = getattr(exc, "response", None)
    return getattr(resp, "status_code", None)


def call_with_backoff(fn: Callable[..., T], *args: Any, attempts: int = 4, base: float = 1.5, **kwargs: Any) -> T:
    """Call ``fn(*args, **kwargs)``, backing off on 429/5xx."""
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            status = _status_of(exc)
            if status not in RETRYABLE_STATUS or attempt == attempts:
                raise
            delay = base ** attempt + random.random()
            log.warning("retryable error %s (attempt %d/%d), sleeping %.1fs", status, attempt, attempts, delay)
            time.sleep(delay)
    raise RuntimeError("unreachable")
