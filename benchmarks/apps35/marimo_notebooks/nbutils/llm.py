"""Thin one-call helpers. The client is passed in so notebooks can swap in a fake."""
from __future__ import annotations

import json
from typing import Any

from google.genai import types as genai_types

from nbutils.config import settings


def openai_chat(client, messages: list[dict[str, str]], model: str | None = None, **kwargs: Any) -> str:
    resp = client.chat.completions.create(
        model=model or settings.openai_chat_model,
        messages=messages,
        **kwargs,
    )
    return resp.choices[0].message.content or ""


def openai_json(client, system: str, user: str, model: str | None = None) -> dict:
    resp = client.chat.completions.create(
        model=model or settings.openai_chat_model,
        response_format={"type": "json_object"},
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        temperature=0,
    )
    return json.loads(resp.choices[0].message.content or "{}")


def claude_text(client, prompt: str, system: str = "", max_tokens: int = 1024, model: str | None = None) -> str:
    msg = client.messages.create(
        model=model or settings.claude_model,
        max_tokens=max_tokens,
        system=system,
        messages=[{"role": "user", "content": prompt}],
    )
    return "".join(block.text for block in msg.content if block.type == "text")


def gemini_text(client, prompt: str, temperature: float = 0.2, model: str | None = None) -> str:
    response = client.models.generate_content(
        model=model or settings.gemini_model,
        contents=prompt,
        config=genai_types.GenerateContentConfig(temperature=temperature),
    )
    return response.text or ""


def mistral_text(client, prompt: str, model: str | None = None) -> str:
    res = client.chat.complete(model=model or settings.mistral_model, messages=[{"role": "user", "content": prompt}])
    return res.choices[0].message.content


def strip_fences(text: str) -> str:
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        if text.endswith("```"):
            text = text[: -3]
    return text.strip()
