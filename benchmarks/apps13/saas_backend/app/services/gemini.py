"""Small helpers around Gemini used by newer features (ticket dedup, draft
refinement, the "explain this chart" button)."""
from __future__ import annotations

import logging
from typing import Iterator, TypeVar

from google.genai import types
from pydantic import BaseModel

from app.core.config import settings
from app.services.ai_clients import get_genai_client

logger = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)

# Gemini's input limit is large, but we cap prompts to keep latency predictable
MAX_PROMPT_TOKENS = 30_000


def prompt_fits(prompt: str, model: str | None = None) -> bool:
    client = get_genai_client()
    counted = client.models.count_tokens(model=model or settings.GEMINI_MODEL, contents=prompt)
    return (counted.total_tokens or 0) <= MAX_PROMPT_TOKENS


def generate_json(prompt: str, schema: type[T], *, model: str | None = None, system: str | None = None) -> T:
    client = get_genai_client()
    response = client.models.generate_content(
        model=model or settings.GEMINI_MODEL,
        contents=prompt,
        config=types.GenerateContentConfig(
            system_instruction=system,
            response_mime_type="application/json",
            response_schema=schema,
            temperature=0.1,
        ),
    )
    if response.parsed is None:
        raise ValueError(f"Gemini returned no parseable JSON: {response.text!r}")
    return response.parsed


def stream_text(prompt: str, *, model: str | None = None) -> Iterator[str]:
    client = get_genai_client()
    for chunk in client.models.generate_content_stream(
        model=model or settings.GEMINI_MODEL,
        contents=prompt,
    ):
        if chunk.text:
            yield chunk.text


def embed_for_similarity(texts: list[str]) -> list[list[float]]:
    """Used for ticket de-duplication only (not search; search is on Voyage)."""
    client = get_genai_client()
    result = client.models.embed_content(
        model=settings.GEMINI_EMBED_MODEL,
        contents=texts,
        config=types.EmbedContentConfig(task_type="SEMANTIC_SIMILARITY", output_dimensionality=768),
    )
    return [e.values for e in result.embeddings]


def refine_draft(draft: str, instructions: list[str]) -> str:
    """Apply a sequence of agent edits ("shorter", "mention the SLA", ...) to a draft,
    keeping the conversation so later edits see earlier ones."""
    client = get_genai_client()
    chat = client.chats.create(
        model=settings.GEMINI_MODEL,
        config=types.GenerateContentConfig(
            system_instruction="You edit customer support replies. Return only the edited reply.",
            temperature=0.3,
        ),
        history=[
            types.Content(role="user", parts=[types.Part.from_text(text=f"Here is the draft:\n\n{draft}")]),
            types.Content(role="model", parts=[types.Part.from_text(text=draft)]),
        ],
    )
    current = draft
    for instruction in instructions:
        reply = chat.send_message(instruction)
        current = reply.text or current
    return current
