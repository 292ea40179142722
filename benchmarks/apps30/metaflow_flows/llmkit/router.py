"""Provider router: one ``complete()`` entry point over several vendors.

Used by the eval flows to run the same prompt set against every provider.
New production code should prefer ``multi_model_service`` (tracked); the
router predates it and is still untracked (DS-412).
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from google.genai import types as genai_types

from llmkit.clients import (
    bedrock_runtime,
    get_anthropic_client,
    get_fireworks_client,
    get_genai_client,
    get_hf_client,
    get_openai_client,
)
from llmkit.config import settings

log = logging.getLogger(__name__)


@dataclass
class Completion:
    provider: str
    model: str
    text: str
    input_tokens: int = 0
    output_tokens: int = 0
    latency_s: float = 0.0
    raw: Any = field(default=None, repr=False)


class ProviderRouter:
    """Dispatches ``complete`` calls to the right SDK.

    Clients are resolved lazily through the cached getters so a router can be
    built in ``start`` and re-built cheaply in every foreach task.
    """

    def __init__(self, default_provider: str = "openai", temperature: float = 0.0):
        self.default_provider = default_provider
        self.temperature = temperature
        self._handlers: dict[str, Callable[..., Completion]] = {
            "openai": self._openai,
            "anthropic": self._anthropic,
            "google": self._google,
            "bedrock": self._bedrock,
            "fireworks": self._fireworks,
            "huggingface": self._huggingface,
        }

    @property
    def providers(self) -> list[str]:
        return sorted(self._handlers)

    def default_model(self, provider: str) -> str:
        m = settings.models
        return {
            "openai": m.openai_chat,
            "anthropic": m.anthropic_chat,
            "google": m.gemini_chat,
            "bedrock": m.bedrock_chat,
            "fireworks": m.fireworks_chat,
            "huggingface": m.hf_chat,
        }[provider]

    def complete(
        self,
        prompt: str,
        *,
        system: str | None = None,
        provider: str | None = None,
        model: str | None = None,
        max_tokens: int = 512,
    ) -> Completion:
        provider = provider or self.default_provider
        model = model or self.default_model(provider)
        handler = self._handlers[provider]
        started = time.perf_counter()
        result = handler(prompt, system=system, model=model, max_tokens=max_tokens)
        result.latency_s = time.perf_counter() - started
        log.info("%s/%s: %d in / %d out", provider, model, result.input_tokens, result.output_tokens)
        return result

    # -- handlers ---------------------------------------------------------

    def _openai(self, prompt, *, system, model, max_tokens) -> Completion:
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        resp = get_openai_client().chat.completions.create(
            model=model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=self.temperature,
        )
        return Completion(
            provider="openai",
            model=model,
            text=resp.choices[0].message.content or "",
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            raw=resp,
        )

    def _anthropic(self, prompt, *, system, model, max_tokens) -> Completion:
        client = get_anthropic_client()
        kwargs: dict[str, Any] = {}
        if system:
            kwargs["system"] = system
        msg = client.messages.create(
            model=model,
            max_tokens=max_tokens,
            temperature=self.temperature,
            messages=[{"role": "user", "content": prompt}],
            **kwargs,
        )
        text = "".join(block.text for block in msg.content if block.type == "text")
        return Completion("anthropic", model, text, msg.usage.input_tokens, msg.usage.output_tokens, raw=msg)

    def _google(self, prompt, *, system, model, max_tokens) -> Completion:
        client = get_genai_client()
        config = genai_types.GenerateContentConfig(
            system_instruction=system,
            max_output_tokens=max_tokens,
            temperature=self.temperature,
        )
        resp = client.models.generate_content(model=model, contents=prompt, config=config)
        usage = resp.usage_metadata
        return Completion(
            "google",
            model,
            resp.text or "",
            usage.prompt_token_count or 0,
            usage.candidates_token_count or 0,
            raw=resp,
        )

    def _bedrock(self, prompt, *, system, model, max_tokens) -> Completion:
        kwargs: dict[str, Any] = {}
        if system:
            kwargs["system"] = [{"text": system}]
        resp = bedrock_runtime().converse(
            modelId=model,
            messages=[{"role": "user", "content": [{"text": prompt}]}],
            inferenceConfig={"maxTokens": max_tokens, "temperature": self.temperature},
            **kwargs,
        )
        text = "".join(part.get("text", "") for part in resp["output"]["message"]["content"])
        usage = resp["usage"]
        return Completion("bedrock", model, text, usage["inputTokens"], usage["outputTokens"], raw=resp)

    def _fireworks(self, prompt, *, system, model, max_tokens) -> Completion:
        fw = get_fireworks_client()
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        resp = fw.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
        return Completion(
            "fireworks",
            model,
            resp.choices[0].message.content or "",
            resp.usage.prompt_tokens,
            resp.usage.completion_tokens,
            raw=resp,
        )

    def _huggingface(self, prompt, *, system, model, max_tokens) -> Completion:
        hf = get_hf_client(model)
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        out = hf.chat_completion(messages, max_tokens=max_tokens, temperature=self.temperature or None)
        usage = out.usage
        return Completion(
            "huggingface",
            model,
            out.choices[0].message.content or "",
            getattr(usage, "prompt_tokens", 0),
            getattr(usage, "completion_tokens", 0),
            raw=out,
        )


_default_router: ProviderRouter | None = None


def get_router() -> ProviderRouter:
    global _default_router
    if _default_router is None:
        _default_router = ProviderRouter()
    return _default_router
