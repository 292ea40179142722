"""New-matter intake: triage the web intake form and pre-fill the conflicts search."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Dict, List, Optional

import numpy as np

from app.clients.registry import get_client
from app.config import get_settings

logger = logging.getLogger(__name__)

PRACTICE_AREAS = ["commercial", "employment", "ip", "litigation", "real_estate", "regulatory", "corporate"]

TRIAGE_PROMPT = f"""You triage prospective-client intake forms for a law firm.
Return JSON with keys: practice_area (one of {PRACTICE_AREAS}), urgency (low|normal|urgent),
adverse_parties (list of organisation or person names), summary (max 40 words)."""


@dataclass
class Triage:
    practice_area: str
    urgency: str
    adverse_parties: List[str]
    summary: str
    tokens_left: Optional[int] = None


async def triage_intake(form: Dict[str, str]) -> Triage:
    settings = get_settings()
    client = get_client("groq")
    body = "\n".join(f"{k}: {v}" for k, v in form.items() if v)
    raw = await client.chat.completions.with_raw_response.create(
        model=settings.groq_large_model,
        messages=[{"role": "system", "content": TRIAGE_PROMPT}, {"role": "user", "content": body}],
        response_format={"type": "json_object"},
        temperature=0,
    )
    remaining = raw.headers.get("x-ratelimit-remaining-tokens")
    completion = raw.parse()
    data = json.loads(completion.choices[0].message.content or "{}")
    return Triage(
        practice_area=data.get("practice_area", "commercial"),
        urgency=data.get("urgency", "normal"),
        adverse_parties=[p for p in data.get("adverse_parties", []) if isinstance(p, str)],
        summary=data.get("summary", ""),
        tokens_left=int(remaining) if remaining and remaining.isdigit() else None,
    )


def fuzzy_conflict_candidates(adverse: List[str], known_parties: List[str], threshold: float = 0.86) -> List[tuple]:
    """Semantic match of adverse party names against the conflicts database (catches 'IBM' vs
    'International Business Machines'). Exact/trigram matching happens in SQL first."""
    if not adverse or not known_parties:
        return []
    voyage = get_client("voyage")
    result = voyage.embed(adverse + known_parties, model=get_settings().voyage_embed_model, input_type=None)
    vecs = np.asarray(result.embeddings, dtype=np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    a, k = vecs[: len(adverse)], vecs[len(adverse):]
    sims = a @ k.T
    hits = []
    for i, j in zip(*np.where(sims >= threshold)):
        hits.append((adverse[i], known_parties[j], float(sims[i, j])))
    return sorted(hits, key=lambda h: -h[2])
