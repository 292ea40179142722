"""Customer email drafts. Drafts are never sent by the copilot -- the agent copies them."""
from __future__ import annotations

import logging
import os

from openai import AsyncOpenAI

from copilot.prompts import EMAIL_PROMPT

log = logging.getLogger(__name__)

# OpenRouter gives us the Mistral models marketing liked for tone.
_router = AsyncOpenAI(
    base_url="https://openrouter.ai/api/v1",
    api_key=os.environ.get("OPENROUTER_API_KEY", ""),
)
EMAIL_MODEL = os.environ.get("COPILOT_EMAIL_MODEL", "mistralai/mistral-small-3.2-24b-instruct")


async def draft_email(agent_name: str, customer_name: str, purpose: str, facts: list[str]) -> str:
    prompt = EMAIL_PROMPT.format(
        agent_name=agent_name,
        customer_name=customer_name,
        purpose=purpose,
        facts="\n".join(f"- {f}" for f in facts),
    )
    resp = await _router.chat.completions.create(
        model=EMAIL_MODEL,
        messages=[{"role": "user", "content": prompt}],
        temperature=0.6,
        extra_headers={"X-Title": "Harbor Copilot - email"},
    )
    return resp.choices[0].message.content or ""
