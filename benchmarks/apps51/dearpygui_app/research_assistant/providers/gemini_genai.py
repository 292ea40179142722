"""Gemini via the new google-genai SDK."""
from __future__ import annotations

import functools

from google import genai
from google.genai import types

from research_assistant.config import api_key
from research_assistant.state import state


@functools.cache
def genai_client() -> genai.Client:
    return genai.Client(api_key=api_key("GOOGLE_API_KEY"))


def generate(prompt: str, system: str | None = None, max_output_tokens: int = 1024) -> str:
    response = genai_client().models.generate_content(
        model=state.settings.genai_model,
        contents=prompt,
        config=types.GenerateContentConfig(
            system_instruction=system,
            max_output_tokens=max_output_tokens,
            temperature=state.settings.temperature,
        ),
    )
    return response.text or ""


def generate_stream(prompt: str):
    for chunk in genai_client().models.generate_content_stream(
        model=state.settings.genai_model, contents=prompt
    ):
        if chunk.text:
            yield chunk.text


def token_count(text: str) -> int:
    return genai_client().models.count_tokens(
        model=state.settings.genai_model, contents=text
    ).total_tokens
