"""Provider switch: one `complete_text()` for all the places that just need text back.

TODO(platform): route this through multi_model_service once the tracker supports
Bedrock + Groq. Until then, this talks to the SDKs directly.
"""
from __future__ import annotations

import logging
from typing import Callable, Dict

from google.genai import types as genai_types

from infra_ai import clients
from infra_ai.settings import SETTINGS, ModelSettings

log = logging.getLogger(__name__)


def _openai(prompt: str, system: str, s: ModelSettings) -> str:
    resp = clients.get_openai().chat.completions.create(
        model=s.openai_model,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": prompt},
        ],
        temperature=s.temperature,
        max_tokens=s.max_tokens,
    )
    return resp.choices[0].message.content or ""


def _anthropic(prompt: str, system: str, s: ModelSettings) -> str:
    msg = clients.get_anthropic().messages.create(
        model=s.anthropic_model,
        max_tokens=s.max_tokens,
        system=system,
        messages=[{"role": "user", "content": prompt}],
    )
    return "".join(block.text for block in msg.content if block.type == "text")


def _bedrock(prompt: str, system: str, s: ModelSettings) -> str:
    runtime = clients.get_bedrock_runtime()
    out = runtime.converse(
        modelId=s.bedrock_model,
        system=[{"text": system}],
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": s.max_tokens, "temperature": s.temperature},
    )
    return out["output"]["message"]["content"][0]["text"]


def _gemini(prompt: str, system: str, s: ModelSettings) -> str:
    result = clients.get_genai().models.generate_content(
        model=s.gemini_model,
        contents=prompt,
        config=genai_types.GenerateContentConfig(
            system_instruction=system,
            temperature=s.temperature,
            max_output_tokens=s.max_tokens,
        ),
    )
    return result.text or ""


def _groq(prompt: str, system: str, s: ModelSettings) -> str:
    client = clients.get_groq()
    chat = client.chat.completions.create(
        model=s.groq_model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        temperature=s.temperature,
    )
    return chat.choices[0].message.content or ""


_BACKENDS: Dict[str, Callable[[str, str, ModelSettings], str]] = {
    "openai": _openai,
    "anthropic": _anthropic,
    "bedrock": _bedrock,
    "gemini": _gemini,
    "groq": _groq,
}


class ProviderSwitch:
    """Picks a backend by name, with an optional fallback chain."""

    def __init__(self, settings: ModelSettings | None = None, fallbacks: tuple[str, ...] = ()):
        self.settings = settings or SETTINGS
        self.fallbacks = fallbacks

    def available(self) -> list[str]:
        return sorted(_BACKENDS)

    def complete(self, prompt: str, system: str = "You are a concise infrastructure assistant.",
                 provider: str | None = None) -> str:
        chain = [provider or self.settings.provider, *self.fallbacks]
        last_exc: Exception | None = None
        for name in chain:
            backend = _BACKENDS.get(name)
            if backend is None:
                log.warning("unknown provider %s, skipping", name)
                continue
            try:
                return backend(prompt, system, self.settings)
            except Exception as exc:  # noqa: BLE001 - we really want any failure to fall back
                log.warning("provider %s failed: %s", name, exc)
                last_exc = exc
        raise RuntimeError(f"all providers failed: {chain}") from last_exc


def complete_text(prompt: str, system: str = "You are a concise infrastructure assistant.",
                  provider: str | None = None) -> str:
    return ProviderSwitch().complete(prompt, system=system, provider=provider)
