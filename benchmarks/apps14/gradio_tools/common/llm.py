"""Module-level clients from the demo days.

Deprecated: use `common.clients` (lazy, configurable) for new code. A few tools
still import `openai_client` / `claude` from here; see PLAT-212 for the migration.
"""
import os

import anthropic
from openai import OpenAI

openai_client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
claude = anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))

DEFAULT_CHAT_MODEL = os.environ.get("DEFAULT_CHAT_MODEL", "gpt-4o-mini")
CLAUDE_MODEL = os.environ.get("CLAUDE_MODEL", "claude-sonnet-4-20250514")


def quick_complete(prompt: str, system: str = "You are a helpful assistant.",
                   model: str = DEFAULT_CHAT_MODEL, temperature: float = 0.2) -> str:
    """One-shot completion, used by the older tools for small helper prompts."""
    resp = openai_client.chat.completions.create(
        model=model,
        temperature=temperature,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": prompt},
        ],
    )
    return resp.choices[0].message.content or ""
