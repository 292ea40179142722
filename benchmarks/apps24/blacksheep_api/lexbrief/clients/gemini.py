"""google-genai client.

Not registered in DI yet (Marta's TODO): services grab it via get_gemini().
"""
from __future__ import annotations

from functools import lru_cache

from google import genai
from google.genai import types

from lexbrief.settings import load_settings


@lru_cache(maxsize=1)
def get_gemini() -> genai.Client:
    settings = load_settings()
    return genai.Client(
        api_key=settings.keys.gemini,
        http_options=types.HttpOptions(timeout=int(settings.request_timeout * 1000)),
    )


def summary_config(system_prompt: str, *, json_output: bool = False) -> types.GenerateContentConfig:
    return types.GenerateContentConfig(
        system_instruction=system_prompt,
        temperature=0.2,
        max_output_tokens=2048,
        response_mime_type="application/json" if json_output else "text/plain",
    )
