"""Provider switch: one `complete()` for the dialogue/quest code.

The active provider comes from settings.prc (`hm-ai-provider`) and can be
changed at runtime from the debug console (F9). Falls back to the local
Ollama model when the cloud provider errors or when `hm-ai-offline` is set.
"""
import logging
from typing import Callable, Dict, List

from google.genai import types as genai_types

from ai.clients import (
    get_anthropic_client,
    get_genai_client,
    get_groq_client,
    get_ollama_client,
    get_openai_client,
)
from ai.config import load_ai_config

log = logging.getLogger("hollowmere.ai.switch")

Message = Dict[str, str]


def _openai_complete(system: str, messages: List[Message], model: str, max_tokens: int) -> str:
    client = get_openai_client()
    resp = client.chat.completions.create(
        model=model or "gpt-4o-mini",
        messages=[{"role": "system", "content": system}, *messages],
        max_tokens=max_tokens,
        temperature=0.8,
    )
    return resp.choices[0].message.content or ""


def _anthropic_complete(system: str, messages: List[Message], model: str, max_tokens: int) -> str:
    resp = get_anthropic_client().messages.create(
        model=model or "claude-3-5-haiku-latest",
        system=system,
        messages=messages,
        max_tokens=max_tokens,
    )
    return "".join(b.text for b in resp.content if b.type == "text")


def _groq_complete(system: str, messages: List[Message], model: str, max_tokens: int) -> str:
    groq = get_groq_client()
    resp = groq.chat.completions.create(
        model=model or "llama-3.1-8b-instant",
        messages=[{"role": "system", "content": system}] + list(messages),
        max_tokens=max_tokens,
    )
    return resp.choices[0].message.content


def _google_complete(system: str, messages: List[Message], model: str, max_tokens: int) -> str:
    contents = [
        genai_types.Content(
            role="model" if m["role"] == "assistant" else "user",
            parts=[genai_types.Part.from_text(text=m["content"])],
        )
        for m in messages
    ]
    resp = get_genai_client().models.generate_content(
        model=model or "gemini-2.0-flash",
        contents=contents,
        config=genai_types.GenerateContentConfig(system_instruction=system, max_output_tokens=max_tokens),
    )
    return resp.text or ""


def _ollama_complete(system: str, messages: List[Message], model: str, max_tokens: int) -> str:
    cfg = load_ai_config()
    resp = get_ollama_client().chat(
        model=model or cfg.local_model,
        messages=[{"role": "system", "content": system}, *messages],
        options={"num_predict": max_tokens},
    )
    return resp["message"]["content"]


PROVIDERS: Dict[str, Callable[[str, List[Message], str, int], str]] = {
    "openai": _openai_complete,
    "anthropic": _anthropic_complete,
    "groq": _groq_complete,
    "google": _google_complete,
    "ollama": _ollama_complete,
}


class ProviderSwitch:
    def __init__(self, provider: str = None, fallback: str = "ollama"):
        cfg = load_ai_config()
        self.provider = "ollama" if cfg.offline else (provider or cfg.provider)
        self.fallback = fallback
        self.failures: Dict[str, int] = {}

    def set_provider(self, name: str) -> None:
        if name not in PROVIDERS:
            raise ValueError(f"unknown provider {name!r}")
        log.info("AI provider -> %s", name)
        self.provider = name

    def complete(self, system: str, messages: List[Message], model: str = "", max_tokens: int = 300) -> str:
        fn = PROVIDERS[self.provider]
        try:
            return fn(system, messages, model, max_tokens)
        except Exception:  # noqa: BLE001 - any provider error -> local fallback
            self.failures[self.provider] = self.failures.get(self.provider, 0) + 1
            log.exception("provider %s failed, falling back to %s", self.provider, self.fallback)
            if self.provider == self.fallback:
                raise
            return PROVIDERS[self.fallback](system, messages, "", max_tokens)
