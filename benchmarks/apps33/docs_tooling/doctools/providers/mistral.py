"""Mistral backend."""
from __future__ import annotations

from doctools.clients import get_mistral_client
from doctools.config import get_settings


def mistral_generate(system: str, prompt: str, max_tokens: int = 700) -> str:
    client = get_mistral_client()
    res = client.chat.complete(
        model=get_settings().mistral_model,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": prompt},
        ],
        max_tokens=max_tokens,
        temperature=0.3,
    )
    return res.choices[0].message.content
