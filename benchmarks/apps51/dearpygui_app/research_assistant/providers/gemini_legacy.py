"""Gemini via the legacy google-generativeai SDK.

TODO(mk): migrate to google-genai (see gemini_genai.py); translator still uses this.
"""
from __future__ import annotations

import google.generativeai as genai

from research_assistant.config import api_key
from research_assistant.state import state

_configured = False


def _ensure_configured() -> None:
    global _configured
    if not _configured:
        genai.configure(api_key=api_key("GOOGLE_API_KEY"))
        _configured = True


def get_model(system_instruction: str | None = None) -> genai.GenerativeModel:
    _ensure_configured()
    return genai.GenerativeModel(
        state.settings.gemini_model,
        system_instruction=system_instruction,
        generation_config=genai.GenerationConfig(temperature=state.settings.temperature),
    )


def gemini_complete(messages: list[dict]) -> str:
    system = "\n".join(m["content"] for m in messages if m["role"] == "system") or None
    model = get_model(system)
    history = [
        {"role": "model" if m["role"] == "assistant" else "user", "parts": [m["content"]]}
        for m in messages[:-1]
        if m["role"] != "system"
    ]
    chat = model.start_chat(history=history)
    reply = chat.send_message(messages[-1]["content"])
    return reply.text


def embed_for_query(text: str) -> list[float]:
    _ensure_configured()
    res = genai.embed_content(
        model="models/text-embedding-004", content=text, task_type="retrieval_query"
    )
    return res["embedding"]


def list_gemini_models() -> list[str]:
    _ensure_configured()
    return [m.name for m in genai.list_models() if "generateContent" in m.supported_generation_methods]
