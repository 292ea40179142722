"""Thin helpers around the Gemini client used by spiders and older pipelines."""
from __future__ import annotations

import logging
from typing import Any, Iterator, Optional, Type

from google.genai import errors as genai_errors
from google.genai import types

from pricewatch.llm.clients import get_gemini_client
from pricewatch.utils import loads_model_json

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "gemini-2.0-flash"


class GeminiError(RuntimeError):
    pass


def generate_json(
    prompt: str,
    *,
    model: str = DEFAULT_MODEL,
    schema: Optional[Type[Any]] = None,
    system: Optional[str] = None,
    temperature: float = 0.0,
) -> Any:
    """Ask Gemini for JSON and return the decoded object (or the parsed schema instance)."""
    config = types.GenerateContentConfig(
        temperature=temperature,
        response_mime_type="application/json",
        response_schema=schema,
        system_instruction=system,
    )
    try:
        response = get_gemini_client().models.generate_content(model=model, contents=prompt, config=config)
    except genai_errors.APIError as exc:
        raise GeminiError(f"gemini {model} failed: {exc.code} {exc.message}") from exc

    if schema is not None and response.parsed is not None:
        return response.parsed
    return loads_model_json(response.text)


def stream_text(prompt: str, *, model: str = DEFAULT_MODEL, system: Optional[str] = None) -> Iterator[str]:
    client = get_gemini_client()
    for chunk in client.models.generate_content_stream(
        model=model,
        contents=prompt,
        config=types.GenerateContentConfig(system_instruction=system),
    ):
        if chunk.text:
            yield chunk.text


async def agenerate(prompt: str, *, model: str = DEFAULT_MODEL, system: Optional[str] = None, max_tokens: int = 512) -> str:
    client = get_gemini_client()
    response = await client.aio.models.generate_content(
        model=model,
        contents=prompt,
        config=types.GenerateContentConfig(system_instruction=system, max_output_tokens=max_tokens),
    )
    return response.text or ""


def estimate_tokens(text: str, *, model: str = DEFAULT_MODEL) -> int:
    """Token count for budgeting; falls back to a chars/4 guess when offline."""
    try:
        result = get_gemini_client().models.count_tokens(model=model, contents=text)
        return int(result.total_tokens or 0)
    except Exception:  # noqa: BLE001 - budgeting must never break a crawl
        logger.debug("count_tokens failed, using heuristic", exc_info=True)
        return max(1, len(text) // 4)
