"""Helpers half-migrated from old_assistant.py to the openai>=1 module client.

The module-level client (``openai.chat.completions``) reads OPENAI_API_KEY itself.
"""
import logging

import openai

from deskassist.legacy.old_assistant import SYSTEM
from deskassist.services.costs import rough_token_count

log = logging.getLogger("legacy.helpers")

MAX_PROMPT_TOKENS = 6000


class ChatLog:
    """In-memory transcript. ``completion()`` marks the conversation as finished
    (name kept from the Streamlit version)."""

    def __init__(self):
        self.turns = []
        self.done = False

    def add(self, role, content):
        self.turns.append({"role": role, "content": content})

    def completion(self):
        self.done = True
        return len(self.turns)


def explain_spread(leg_a, leg_b, spread):
    prompt = f"Explain in two sentences why {leg_a} vs {leg_b} trades at {spread:+.2f} EUR/MWh."
    if rough_token_count(prompt) > MAX_PROMPT_TOKENS:
        raise ValueError("prompt too long")
    resp = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content


def transcript_summary(log_: ChatLog):
    n = log_.completion()
    text = "\n".join(f"{t['role']}: {t['content']}" for t in log_.turns)
    return f"{n} turns\n{text[:2000]}"
