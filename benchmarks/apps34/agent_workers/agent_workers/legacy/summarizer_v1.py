"""v1 summariser (chat completions).  Still backs the nightly digest email."""
from __future__ import annotations

import logging

import openai

from agent_workers.legacy import client, grok_client
from agent_workers.legacy.shared import DEFAULT_MODEL

log = logging.getLogger(__name__)


def summarise(text: str, model: str = DEFAULT_MODEL) -> str:
    completion = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "Summarise the text in 5 bullet points."},
            {"role": "user", "content": text},
        ],
        temperature=0.2,
    )
    return completion.choices[0].message.content


def headline(text: str) -> str:
    # Oldest path of all: module-level client configured from OPENAI_API_KEY.
    out = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Write a 10-word headline for:\n{text[:4000]}"}],
    )
    return out.choices[0].message.content.strip().strip('"')


def spicy_headline(text: str) -> str:
    out = grok_client.chat.completions.create(
        model="grok-3-mini",
        messages=[{"role": "user", "content": f"Punchy headline, max 8 words:\n{text[:4000]}"}],
    )
    return out.choices[0].message.content.strip()


def digest(items: list[str]) -> str:
    parts = []
    for item in items:
        try:
            parts.append(f"* {headline(item)}\n{summarise(item)}")
        except openai.OpenAIError:
            log.exception("digest item failed")
    return "\n\n".join(parts)
