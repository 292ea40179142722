"""Name -> generate function registry used by the playground and model_compare.

Each entry takes (prompt, temperature) and returns text.
"""
from __future__ import annotations

from typing import Callable

from nbutils import clients
from nbutils.config import settings

GenerateFn = Callable[[str, float], str]


def _openai(prompt: str, temperature: float) -> str:
    r = clients.get_openai_client().chat.completions.create(
        model=settings.openai_chat_model,
        temperature=temperature,
        messages=[{"role": "user", "content": prompt}],
    )
    return r.choices[0].message.content or ""


def _claude(prompt: str, temperature: float) -> str:
    r = clients.get_anthropic_client().messages.create(
        model=settings.claude_model,
        max_tokens=1024,
        temperature=temperature,
        messages=[{"role": "user", "content": prompt}],
    )
    return r.content[0].text


def _gemini(prompt: str, temperature: float) -> str:
    r = clients.get_genai_client().models.generate_content(
        model=settings.gemini_model,
        contents=prompt,
        config={"temperature": temperature},
    )
    return r.text or ""


MODELS: dict[str, GenerateFn] = {
    "gpt-4o-mini": _openai,
    "claude-sonnet": _claude,
    "gemini-flash": _gemini,
    "mistral-small": lambda p, t: clients.get_mistral_client()
    .chat.complete(model=settings.mistral_model, messages=[{"role": "user", "content": p}], temperature=t)
    .choices[0]
    .message.content,
}


def register(name: str) -> Callable[[GenerateFn], GenerateFn]:
    def deco(fn: GenerateFn) -> GenerateFn:
        MODELS[name] = fn
        return fn

    return deco


def generate(name: str, prompt: str, temperature: float = 0.3) -> str:
    return MODELS[name](prompt, temperature)
