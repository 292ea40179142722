"""Provider registry for the judge / translation keywords.

Each entry maps a provider name to a small adapter taking (prompt, system) and
returning text. Adapters are plain functions so the suites can pick a provider
with a variable (`${JUDGE_PROVIDER}`).
"""
from __future__ import annotations

from typing import Callable, Dict

from google.genai import types

from resources.clients import (
    get_anthropic_client,
    get_genai_client,
    get_mistral_client,
    get_ollama_client,
    get_openai_client,
)
from resources.settings import settings

Completer = Callable[[str, str], str]


def _openai_complete(prompt: str, system: str) -> str:
    resp = get_openai_client().chat.completions.create(
        model=settings.openai_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        temperature=0,
    )
    return resp.choices[0].message.content or ""


def _anthropic_complete(prompt: str, system: str) -> str:
    msg = get_anthropic_client().messages.create(
        model=settings.anthropic_model,
        max_tokens=1024,
        system=system,
        messages=[{"role": "user", "content": prompt}],
    )
    return "".join(block.text for block in msg.content if block.type == "text")


def _gemini_complete(prompt: str, system: str) -> str:
    client = get_genai_client()
    resp = client.models.generate_content(
        model=settings.gemini_model,
        contents=prompt,
        config=types.GenerateContentConfig(system_instruction=system, temperature=0.0),
    )
    return resp.text or ""


def _mistral_complete(prompt: str, system: str) -> str:
    resp = get_mistral_client().chat.complete(
        model=settings.mistral_model,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": prompt},
        ],
    )
    return resp.choices[0].message.content


def _ollama_complete(prompt: str, system: str) -> str:
    resp = get_ollama_client().chat(
        model=settings.ollama_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        options={"temperature": 0},
    )
    return resp["message"]["content"]


PROVIDERS: Dict[str, Completer] = {
    "openai": _openai_complete,
    "anthropic": _anthropic_complete,
    "gemini": _gemini_complete,
    "mistral": _mistral_complete,
    "ollama": _ollama_complete,
}


def get_completer(name: str) -> Completer:
    try:
        return PROVIDERS[name.lower()]
    except KeyError:
        raise ValueError(f"Unknown LLM provider '{name}'. Known: {', '.join(PROVIDERS)}") from None
