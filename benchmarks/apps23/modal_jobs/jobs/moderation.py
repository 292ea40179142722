"""Reader-comment moderation.

Stage 1: OpenAI omni-moderation (cheap, multilingual).
Stage 2: Llama Guard on Groq for anything stage 1 scores as borderline.
"""
from __future__ import annotations

import logging
import os

from groq import Groq

from common.config import MODELS
from common.secrets import GROQ_SECRET, OPENAI_SECRET
from lib.prompts import MODERATION_GUARD
from modal_app import app
from providers import get_openai

logger = logging.getLogger(__name__)

BORDERLINE = 0.35
BLOCK = 0.8


def _max_score(result) -> float:
    scores = result.category_scores.model_dump()
    return max((v for v in scores.values() if v is not None), default=0.0)


def _guard(groq: Groq, comment: str) -> tuple[bool, str]:
    resp = groq.chat.completions.create(
        model=MODELS.groq_guard,
        messages=[
            {"role": "system", "content": MODERATION_GUARD},
            {"role": "user", "content": comment},
        ],
        max_tokens=20,
    )
    verdict = (resp.choices[0].message.content or "").strip().lower()
    return verdict.startswith("unsafe"), verdict


@app.function(secrets=[OPENAI_SECRET, GROQ_SECRET], timeout=300, max_containers=20)
def moderate_comments(comments: list[dict]) -> list[dict]:
    """comments: [{"id": ..., "text": ...}] -> [{"id", "action", "score", "reason"}]"""
    if not comments:
        return []
    mod = get_openai().moderations.create(
        model="omni-moderation-latest",
        input=[c["text"] for c in comments],
    )
    groq = Groq(api_key=os.environ["GROQ_API_KEY"])
    decisions = []
    for comment, result in zip(comments, mod.results):
        score = _max_score(result)
        if result.flagged and score >= BLOCK:
            decisions.append({"id": comment["id"], "action": "block", "score": score, "reason": "openai"})
        elif score >= BORDERLINE:
            unsafe, verdict = _guard(groq, comment["text"])
            decisions.append(
                {"id": comment["id"], "action": "hold" if unsafe else "allow", "score": score, "reason": verdict}
            )
        else:
            decisions.append({"id": comment["id"], "action": "allow", "score": score, "reason": ""})
    return decisions
