"""Small wrappers around chat completions that several addons share."""
from __future__ import annotations

import json
import logging
from typing import Iterator

import openai

from shared.prompts import parse_json_answer

logger = logging.getLogger(__name__)


def chat_json(client: openai.OpenAI, model: str, messages: list[dict], *,
              max_tokens: int = 400) -> dict:
    """Ask for a JSON object and parse it; falls back to a neutral answer."""
    try:
        completion = client.chat.completions.create(
            model=model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=0,
            response_format={"type": "json_object"},
        )
    except openai.APIError as exc:
        logger.warning("chat_json failed: %s", exc)
        return {"category": "unknown", "risk": "low", "sensitive": []}
    return parse_json_answer(completion.choices[0].message.content or "{}")


def stream_text(client: openai.OpenAI, model: str, prompt: str) -> Iterator[str]:
    stream = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        stream=True,
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content


def dump_for_debug(payload: dict) -> str:
    return json.dumps(payload, indent=2, sort_keys=True, default=str)
