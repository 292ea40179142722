"""Legacy GPT helpers from the original ops-bot.

Originally written against openai<1.0; ported to the v1 client in a hurry
(module-level client, no config). Still used by the alert triage fallback and
by the incident digest script.
"""
from __future__ import annotations

import os
import time

import openai

_client = openai.OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))

DEFAULT_MODEL = "gpt-4o-mini"


def ask_gpt(prompt: str, model: str = DEFAULT_MODEL, retries: int = 3) -> str:
    for attempt in range(retries):
        try:
            resp = _client.chat.completions.create(
                model=model, messages=[{"role": "user", "content": prompt}]
            )
            return resp.choices[0].message.content
        except openai.RateLimitError:
            time.sleep(2 ** attempt)
    raise RuntimeError("ask_gpt: out of retries")


def moderate(text: str) -> bool:
    """True if the text is safe to post in a public channel."""
    result = _client.moderations.create(model="omni-moderation-latest", input=text)
    return not result.results[0].flagged


def embed(texts: list[str]) -> list[list[float]]:
    resp = _client.embeddings.create(model="text-embedding-3-small", input=texts)
    return [d.embedding for d in resp.data]


# TODO(ana): delete once scripts/incident_digest.py moves to the registry
def ask_gpt_json(prompt: str) -> str:
    resp = _client.chat.completions.create(
        model=DEFAULT_MODEL,
        response_format={"type": "json_object"},
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.choices[0].message.content
