"""Google Gemini (google-genai SDK)."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional, Type, TypeVar

from google import genai
from google.genai import types
from pydantic import BaseModel

from lib.blocks import load_secret
from lib.errors import BadModelOutput
from lib.settings import settings

M = TypeVar("M", bound=BaseModel)

# Same safety settings everywhere: listings legitimately mention weapons (airsoft, knives),
# alcohol and medicines, the default thresholds block too much.
SAFETY_SETTINGS = [
    types.SafetySetting(
        category=types.HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT,
        threshold=types.HarmBlockThreshold.BLOCK_ONLY_HIGH,
    ),
    types.SafetySetting(
        category=types.HarmCategory.HARM_CATEGORY_HARASSMENT,
        threshold=types.HarmBlockThreshold.BLOCK_MEDIUM_AND_ABOVE,
    ),
]


@lru_cache(maxsize=1)
def gemini_client() -> genai.Client:
    api_key = load_secret("gemini-api-key")
    return genai.Client(
        api_key=api_key,
        http_options=types.HttpOptions(timeout=60_000),
    )


def json_config(schema: Optional[Type[BaseModel]] = None, *, temperature: float = 0.2,
                system: Optional[str] = None, max_output_tokens: int = 1024) -> types.GenerateContentConfig:
    return types.GenerateContentConfig(
        system_instruction=system,
        temperature=temperature,
        max_output_tokens=max_output_tokens,
        response_mime_type="application/json",
        response_schema=schema,
        safety_settings=SAFETY_SETTINGS,
    )


def generate_structured(prompt: Any, schema: Type[M], *, system: Optional[str] = None,
                        model: Optional[str] = None, temperature: float = 0.2) -> M:
    """Ask Gemini for JSON matching ``schema`` and validate it."""
    response = gemini_client().models.generate_content(
        model=model or settings.gemini_model,
        contents=prompt,
        config=json_config(schema, temperature=temperature, system=system),
    )
    if response.parsed is not None:
        return response.parsed  # type: ignore[return-value]
    try:
        return schema.model_validate_json(response.text or "")
    except ValueError as exc:
        raise BadModelOutput(f"gemini returned invalid {schema.__name__}", raw=response.text) from exc
