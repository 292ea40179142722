"""Module-level OpenAI usage from the prototype. Uses the global client configured
from env; kept because the nightly digest job still imports it."""
from __future__ import annotations

import openai

from copilot.config import settings

openai.api_key = settings.openai_api_key


def one_shot(prompt: str, model: str = "gpt-4o-mini") -> str:
    resp = openai.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}])
    return resp.choices[0].message.content or ""


def digest(notes: list[str]) -> str:
    joined = "\n".join(f"- {n}" for n in notes)
    return one_shot(f"Summarize today's agent notes into 5 bullets for the team lead:\n{joined}")


def available_chat_models() -> list[str]:
    return sorted(m.id for m in openai.models.list() if m.id.startswith(("gpt-", "o")))
