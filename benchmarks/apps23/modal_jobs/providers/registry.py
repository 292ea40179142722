"""Provider-agnostic "just give me text" backends.

Added by @priya for the fallback chain in tagging/headlines. Each backend takes a
system prompt and a user prompt and returns (text, usage) where usage is a dict
with input/output token counts so callers can log them.

TODO(MEDIA-412): route these through multi_model_service instead.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import anthropic
from google import genai
from google.genai import types
from openai import OpenAI

from common.config import MODELS
from providers.anthropic_client import get_anthropic
from providers.gemini import get_genai
from providers.groq_client import get_groq
from providers.openai_client import get_openai, get_xai

Usage = dict[str, int]
Backend = Callable[[str, str, int], tuple[str, Usage]]


def _claude(system: str, prompt: str, max_tokens: int) -> tuple[str, Usage]:
    msg = get_anthropic().messages.create(
        model=MODELS.claude_fast,
        max_tokens=max_tokens,
        system=system,
        messages=[{"role": "user", "content": prompt}],
    )
    text = "".join(b.text for b in msg.content if b.type == "text")
    return text, {"input": msg.usage.input_tokens, "output": msg.usage.output_tokens}


def _gemini(system: str, prompt: str, max_tokens: int) -> tuple[str, Usage]:
    resp = get_genai().models.generate_content(
        model=MODELS.gemini_tagging,
        contents=prompt,
        config=types.GenerateContentConfig(system_instruction=system, max_output_tokens=max_tokens),
    )
    meta = resp.usage_metadata
    return resp.text or "", {"input": meta.prompt_token_count or 0, "output": meta.candidates_token_count or 0}


def _chat_usage(resp) -> tuple[str, Usage]:
    return resp.choices[0].message.content or "", {
        "input": resp.usage.prompt_tokens,
        "output": resp.usage.completion_tokens,
    }


def _grok(system: str, prompt: str, max_tokens: int) -> tuple[str, Usage]:
    resp = get_xai().chat.completions.create(
        model=MODELS.grok,
        max_tokens=max_tokens,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": prompt},
        ],
    )
    return _chat_usage(resp)


def _groq(system: str, prompt: str, max_tokens: int) -> tuple[str, Usage]:
    # Groq is the cheap/fast fallback; same OpenAI-shaped API.
    groq = get_groq()
    resp = groq.chat.completions.create(
        model=MODELS.groq_fast,
        max_tokens=max_tokens,
        temperature=0.3,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": prompt},
        ],
    )
    return _chat_usage(resp)


BACKENDS: dict[str, Backend] = {
    "claude": _claude,
    "gemini": _gemini,
    "grok": _grok,
    "groq": _groq,
}

DEFAULT_CHAIN = ("gemini", "groq", "claude")


def complete_with_fallback(system: str, prompt: str, max_tokens: int = 512, chain=DEFAULT_CHAIN) -> tuple[str, str, Usage]:
    last_exc: Exception | None = None
    for name in chain:
        try:
            text, usage = BACKENDS[name](system, prompt, max_tokens)
            return name, text, usage
        except Exception as exc:  # noqa: BLE001 - any provider error falls through
            last_exc = exc
    raise RuntimeError(f"all backends failed: {chain}") from last_exc


@dataclass
class ClientHub:
    """MEDIA-430 (WIP): one object carrying the clients a job needs, instead of a
    getter call per provider. Only jobs/quotes.py has been moved over so far."""

    claude: anthropic.Anthropic
    gemini: genai.Client
    openai: OpenAI

    @classmethod
    def from_env(cls) -> "ClientHub":
        return cls(claude=get_anthropic(), gemini=get_genai(), openai=get_openai())
