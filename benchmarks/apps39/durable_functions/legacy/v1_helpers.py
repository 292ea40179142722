"""v1 helpers: OpenAI summariser and Gemini translation (synchronous, from the old Celery days)."""
from __future__ import annotations

import logging
import os

import openai
from google import genai
from openai import OpenAI

logger = logging.getLogger(__name__)

openai.api_key = os.getenv("OPENAI_API_KEY")
_client = OpenAI()

DEFAULT_MODEL = "gpt-3.5-turbo"


def summarize(text: str, model: str = DEFAULT_MODEL, max_words: int = 150) -> str:
    resp = _client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": f"Summarize in at most {max_words} words."},
            {"role": "user", "content": text},
        ],
        temperature=0.3,
    )
    return resp.choices[0].message.content or ""


def summarize_with_module_client(text: str) -> str:
    # Even older variant; some scripts still import this.
    resp = openai.chat.completions.create(
        model=DEFAULT_MODEL,
        messages=[{"role": "user", "content": f"TL;DR:\n{text}"}],
    )
    return resp.choices[0].message.content or ""


def legacy_complete(prompt: str) -> str:
    resp = _client.completions.create(
        model="gpt-3.5-turbo-instruct", prompt=prompt, max_tokens=256
    )
    return resp.choices[0].text

_gemini = genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))


def gemini_translate(text: str, language: str) -> str:
    response = _gemini.models.generate_content(
        model="gemini-1.5-flash",
        contents=f"Translate to {language}:\n\n{text}",
    )
    return response.text or ""


def gemini_models() -> list[str]:
    return [m.name for m in _gemini.models.list()]
