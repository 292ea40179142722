"""Zero-shot classification with tool use.

Teams send a text and a list of labels; we force Claude to call a
``record_label`` tool so the answer is always parseable.  Cohere is the
fallback when Anthropic is rate-limiting us.
"""
from __future__ import annotations

import json
import logging

import anthropic
import cohere

from gateway import clients

log = logging.getLogger(__name__)

CLASSIFY_MODEL = "claude-3-5-haiku-20241022"


def _label_tool(labels: list[str]) -> dict:
    return {
        "name": "record_label",
        "description": "Record the single best label for the text.",
        "input_schema": {
            "type": "object",
            "properties": {
                "label": {"type": "string", "enum": labels},
                "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            },
            "required": ["label", "confidence"],
        },
    }


def classify_text(text: str, labels: list[str], instructions: str | None = None) -> dict:
    client = clients.get_anthropic_client()
    system = "You are a precise text classifier." + (f" {instructions}" if instructions else "")
    try:
        msg = client.messages.create(
            model=CLASSIFY_MODEL,
            max_tokens=256,
            system=system,
            tools=[_label_tool(labels)],
            tool_choice={"type": "tool", "name": "record_label"},
            messages=[{"role": "user", "content": text}],
        )
    except anthropic.RateLimitError:
        log.warning("anthropic rate limited, falling back to cohere for classification")
        return _classify_with_cohere(text, labels, system)
    for block in msg.content:
        if block.type == "tool_use":
            return {"label": block.input["label"], "confidence": block.input.get("confidence", 0.0),
                    "model": msg.model}
    return {"label": None, "confidence": 0.0, "model": msg.model}


def _classify_with_cohere(text: str, labels: list[str], system: str) -> dict:
    co = cohere.ClientV2()
    resp = co.chat(
        model="command-r",
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": f"Labels: {', '.join(labels)}\nReply with JSON "
                                        f'{{"label": ..., "confidence": ...}}.\n\nText: {text}'},
        ],
        response_format={"type": "json_object"},
    )
    data = json.loads(resp.message.content[0].text)
    data["model"] = "command-r"
    return data


def classify_batch(texts: list[str], labels: list[str]) -> list[dict]:
    return [classify_text(t, labels) for t in texts]
