"""Helpers for JSON-mode calls that several pipelines share.

The client is always passed in: nodes get it from the catalog, the registry or a factory.
"""
from __future__ import annotations

import json
import logging
import re
from typing import Any

logger = logging.getLogger(__name__)

_JSON_BLOCK = re.compile(r"\{.*\}", re.DOTALL)


class StructuredOutputError(ValueError):
    pass


def parse_json_loose(text: str) -> dict[str, Any]:
    """Models sometimes wrap JSON in prose or ```json fences."""
    text = text.strip()
    if text.startswith("```"):
        text = text.strip("`")
        text = text.split("\n", 1)[1] if "\n" in text else text
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        match = _JSON_BLOCK.search(text)
        if not match:
            raise StructuredOutputError(f"no JSON object in model output: {text[:200]!r}")
        return json.loads(match.group(0))


def complete_json(
    client,
    model: str,
    system: str,
    user: str,
    temperature: float = 0.0,
    max_tokens: int = 512,
) -> tuple[dict[str, Any], dict[str, int]]:
    """OpenAI-compatible JSON call (OpenAI, Azure OpenAI)."""
    response = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": user},
        ],
        temperature=temperature,
        max_tokens=max_tokens,
        response_format={"type": "json_object"},
    )
    usage = {
        "input_tokens": response.usage.prompt_tokens,
        "output_tokens": response.usage.completion_tokens,
    }
    return parse_json_loose(response.choices[0].message.content or "{}"), usage


def anthropic_json(
    client,
    model: str,
    system: str,
    user: str,
    max_tokens: int = 512,
) -> tuple[dict[str, Any], dict[str, int]]:
    """Claude has no JSON mode; prefill the assistant turn with '{'."""
    message = client.messages.create(
        model=model,
        max_tokens=max_tokens,
        system=system,
        messages=[
            {"role": "user", "content": user},
            {"role": "assistant", "content": "{"},
        ],
    )
    text = "{" + "".join(block.text for block in message.content if block.type == "text")
    usage = {"input_tokens": message.usage.input_tokens, "output_tokens": message.usage.output_tokens}
    return parse_json_loose(text), usage
