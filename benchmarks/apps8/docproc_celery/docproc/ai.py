"""Shared model clients.

DEPRECATED: use ``docproc.clients`` instead.  Kept because tasks/classify.py and
a few scripts still import ``openai_client`` / ``claude`` from here.
"""
import os

import anthropic
from openai import OpenAI

openai_client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
claude = anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))

DEFAULT_MODEL = "gpt-4o-mini"
CLAUDE_MODEL = "claude-3-5-sonnet-20241022"


def quick_summary(text: str, sentences: int = 3) -> str:
    """One-off short summary, used by the admin preview and the Slack bot."""
    response = openai_client.chat.completions.create(
        model=DEFAULT_MODEL,
        messages=[
            {"role": "system", "content": "You summarise legal documents for attorneys."},
            {"role": "user", "content": f"Summarise in {sentences} sentences:\n\n{text[:12000]}"},
        ],
        temperature=0.2,
    )
    return response.choices[0].message.content.strip()
