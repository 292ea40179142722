"""Gemini on Vertex AI through the google-genai SDK."""
from __future__ import annotations

import json
import logging
from typing import Any, Dict, Iterator, List, Optional, Sequence

from google.genai import types

from enrich.clients import genai_client
from enrich.settings import get_settings

log = logging.getLogger(__name__)

_SAFETY = [
    types.SafetySetting(
        category=types.HarmCategory.HARM_CATEGORY_HARASSMENT,
        threshold=types.HarmBlockThreshold.BLOCK_ONLY_HIGH,
    ),
]


def generate_json(prompt: str, schema: Optional[Dict[str, Any]] = None,
                  model: Optional[str] = None, temperature: float = 0.1) -> Dict[str, Any]:
    config = types.GenerateContentConfig(
        temperature=temperature,
        response_mime_type="application/json",
        response_schema=schema,
        safety_settings=_SAFETY,
    )
    client = genai_client()
    response = client.models.generate_content(
        model=model or get_settings().vertex_model,
        contents=prompt,
        config=config,
    )
    if not response.text:
        log.warning("empty Gemini response, finish_reason=%s",
                    response.candidates[0].finish_reason if response.candidates else None)
        return {}
    return json.loads(response.text)


async def agenerate_text(prompt: str, model: Optional[str] = None, max_output_tokens: int = 512) -> str:
    response = await genai_client().aio.models.generate_content(
        model=model or get_settings().vertex_model,
        contents=prompt,
        config=types.GenerateContentConfig(max_output_tokens=max_output_tokens),
    )
    return response.text or ""


def stream_text(prompt: str, model: Optional[str] = None) -> Iterator[str]:
    client = genai_client()
    for chunk in client.models.generate_content_stream(
        model=model or get_settings().vertex_model, contents=prompt
    ):
        if chunk.text:
            yield chunk.text


def embed(texts: Sequence[str], task_type: str = "RETRIEVAL_DOCUMENT", dims: int = 768) -> List[List[float]]:
    s = get_settings()
    resp = genai_client().models.embed_content(
        model=s.vertex_embed_model,
        contents=list(texts),
        config=types.EmbedContentConfig(task_type=task_type, output_dimensionality=dims),
    )
    return [list(e.values or []) for e in resp.embeddings or []]


class ReviewConversation:
    """Multi-turn triage of a single review thread (one chat per review)."""

    def __init__(self, system_instruction: str, model: Optional[str] = None) -> None:
        self._chat = genai_client().chats.create(
            model=model or get_settings().vertex_model,
            config=types.GenerateContentConfig(system_instruction=system_instruction, temperature=0.3),
        )
        self.turns = 0

    def ask(self, message: str) -> str:
        self.turns += 1
        reply = self._chat.send_message(message)
        return reply.text or ""
