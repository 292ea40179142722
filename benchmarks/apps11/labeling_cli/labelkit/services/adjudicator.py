"""Resolve disagreements between two labelling runs (``labelkit adjudicate``).

When two models disagree on an item we ask a stronger model to pick one of the candidate
labels (or "neither"). Agreement stats are computed locally.
"""
from __future__ import annotations

import asyncio
import json
import logging
from collections import Counter
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from labelkit.clients import get_async_together
from labelkit.services.multi_model_service import ServiceUnavailable, TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

# Used when multi_model_service is down (it was, for most of a day, in March).
FALLBACK_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"

_PROMPT = """Two annotators labelled the text below differently.

Text:
\"\"\"{text}\"\"\"

Allowed labels: {labels}
Annotator A: {a}
Annotator B: {b}

Reply with JSON: {{"label": <one allowed label or "neither">, "reason": <short reason>}}"""


@dataclass
class Decision:
    item_id: str
    label: Optional[str]
    reason: str
    source: str  # "agree" | "adjudicated" | "fallback"


def cohen_kappa(pairs: Sequence[Tuple[str, str]]) -> float:
    if not pairs:
        return float("nan")
    n = len(pairs)
    observed = sum(1 for a, b in pairs if a == b) / n
    ca = Counter(a for a, _ in pairs)
    cb = Counter(b for _, b in pairs)
    expected = sum(ca[k] * cb.get(k, 0) for k in ca) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def _parse(raw: str, allowed: Sequence[str]) -> Tuple[Optional[str], str]:
    try:
        payload = json.loads(raw[raw.index("{"): raw.rindex("}") + 1])
    except ValueError:
        return None, raw.strip()[:200]
    label = payload.get("label")
    return (label if label in allowed else None), str(payload.get("reason", ""))


async def adjudicate_one(item_id: str, text: str, a: str, b: str, labels: Sequence[str]) -> Decision:
    if a == b:
        return Decision(item_id, a, "", "agree")
    prompt = _PROMPT.format(text=text[:4000], labels=", ".join(labels), a=a, b=b)
    try:
        raw = await multi_model_service.generate_response(
            prompt=prompt,
            task_type="label_adjudication",
            complexity=TaskComplexity.SIMPLE,
            max_tokens=200,
        )
        source = "adjudicated"
    except ServiceUnavailable:
        log.warning("multi_model_service unavailable, adjudicating %s with %s directly", item_id, FALLBACK_MODEL)
        resp = await get_async_together().chat.completions.create(
            model=FALLBACK_MODEL,
            messages=[{"role": "user", "content": prompt}],
            temperature=0.0,
            max_tokens=200,
        )
        raw = resp.choices[0].message.content or ""
        source = "fallback"
    label, reason = _parse(raw, labels)
    return Decision(item_id, label, reason, source)


async def adjudicate(rows_a: Dict[str, dict], rows_b: Dict[str, dict], texts: Dict[str, str],
                     labels: Sequence[str], concurrency: int = 8) -> List[Decision]:
    sem = asyncio.Semaphore(concurrency)

    async def run(item_id: str) -> Decision:
        async with sem:
            return await adjudicate_one(item_id, texts.get(item_id, ""), rows_a[item_id]["label"],
                                        rows_b[item_id]["label"], labels)

    common = sorted(set(rows_a) & set(rows_b))
    kappa = cohen_kappa([(rows_a[i]["label"], rows_b[i]["label"]) for i in common])
    log.info("%d items in both runs, cohen kappa %.3f", len(common), kappa)
    return await asyncio.gather(*(run(i) for i in common))


def load_results(lines: Iterable[str]) -> Dict[str, dict]:
    rows = {}
    for line in lines:
        if line.strip():
            row = json.loads(line)
            rows[str(row["item_id"])] = row
    return rows
