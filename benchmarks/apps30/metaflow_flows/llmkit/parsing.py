"""Output parsing helpers (JSON extraction, label normalisation)."""
from __future__ import annotations

import json
import re
from typing import Any

_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL)
_OBJ = re.compile(r"\{.*\}", re.DOTALL)

SENTIMENTS = {"positive", "neutral", "negative"}


def extract_json(text: str) -> dict[str, Any]:
    """Pull the first JSON object out of a model reply."""
    if not text:
        raise ValueError("empty model output")
    match = _FENCE.search(text)
    candidate = match.group(1) if match else text
    try:
        return json.loads(candidate)
    except json.JSONDecodeError:
        obj = _OBJ.search(candidate)
        if not obj:
            raise
        return json.loads(obj.group(0))


def normalise_sentiment(value: str | None) -> str:
    v = (value or "").strip().lower()
    if v in SENTIMENTS:
        return v
    if v.startswith("pos"):
        return "positive"
    if v.startswith("neg"):
        return "negative"
    return "neutral"


def clamp_score(value: Any, lo: int = 1, hi: int = 5) -> int:
    try:
        score = int(round(float(value)))
    except (TypeError, ValueError):
        return lo
    return max(lo, min(hi, score))
