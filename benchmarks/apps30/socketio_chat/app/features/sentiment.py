"""Customer sentiment scoring (Grok), used for escalation alerts."""
from __future__ import annotations

import json
import logging

from app.providers.clients import get_xai

logger = logging.getLogger(__name__)

PROMPT = (
    "Rate the customer's sentiment in this support chat from -1 (furious) to 1 "
    "(delighted) and say whether a supervisor should step in. JSON: "
    '{"score": float, "escalate": bool, "reason": str}'
)


async def score_conversation(history: list[dict[str, str]], model: str = "grok-2-latest") -> dict:
    transcript = "\n".join(f"{m['role']}: {m['content']}" for m in history[-30:])
    client = get_xai()
    completion = await client.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": transcript}],
        temperature=0,
    )
    try:
        return json.loads(completion.choices[0].message.content)
    except (TypeError, json.JSONDecodeError):
        logger.warning("unparseable sentiment output")
        return {"score": 0.0, "escalate": False, "reason": "parse_error"}
