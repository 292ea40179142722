"""Routes an enrichment task to a provider/model.

The router keeps a registry of backends keyed by name. Each backend is a
small object holding a client and knowing how to turn a (system, user)
prompt pair into text. Pipelines ask the router for a backend by task and
fall back down the chain when a provider is throttling us.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

from app.config import get_settings
from app.enrich import clients

logger = logging.getLogger(__name__)


class Backend(Protocol):
    name: str

    def complete(self, system: str, user: str, max_tokens: int = 512) -> str: ...


@dataclass
class OpenAIBackend:
    model: str
    client: Any = field(default_factory=clients.get_openai)
    name: str = "openai"

    def complete(self, system: str, user: str, max_tokens: int = 512) -> str:
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            max_tokens=max_tokens,
            temperature=0,
        )
        return resp.choices[0].message.content or ""


@dataclass
class AnthropicBackend:
    model: str
    client: Any = field(default_factory=clients.get_anthropic)
    name: str = "anthropic"

    def complete(self, system: str, user: str, max_tokens: int = 512) -> str:
        msg = self.client.messages.create(
            model=self.model,
            system=system,
            max_tokens=max_tokens,
            messages=[{"role": "user", "content": user}],
        )
        return "".join(block.text for block in msg.content if block.type == "text")


@dataclass
class BedrockBackend:
    model: str
    client: Any = field(default_factory=clients.get_bedrock)
    name: str = "bedrock"

    def complete(self, system: str, user: str, max_tokens: int = 512) -> str:
        resp = self.client.converse(
            modelId=self.model,
            system=[{"text": system}],
            messages=[{"role": "user", "content": [{"text": user}]}],
            inferenceConfig={"maxTokens": max_tokens, "temperature": 0.0},
        )
        parts = resp["output"]["message"]["content"]
        return "".join(p.get("text", "") for p in parts)


@dataclass
class TogetherBackend:
    model: str
    client: Any = field(default_factory=clients.get_together)
    name: str = "together"

    def complete(self, system: str, user: str, max_tokens: int = 512) -> str:
        out = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            max_tokens=max_tokens,
        )
        return out.choices[0].message.content


class ModelRouter:
    """Registry of backends plus per-task fallback chains."""

    def __init__(self) -> None:
        self._backends: dict[str, Backend] = {}
        self._chains: dict[str, list[str]] = {}
        self._factories: dict[str, Callable[[], Backend]] = {}

    def register(self, key: str, factory: Callable[[], Backend]) -> None:
        self._factories[key] = factory

    def backend(self, key: str) -> Backend:
        if key not in self._backends:
            self._backends[key] = self._factories[key]()
        return self._backends[key]

    def set_chain(self, task: str, keys: list[str]) -> None:
        self._chains[task] = keys

    def chain(self, task: str) -> list[Backend]:
        return [self.backend(k) for k in self._chains.get(task, [])]

    def complete(self, task: str, system: str, user: str, max_tokens: int = 512) -> str:
        last_exc: Exception | None = None
        for backend in self.chain(task):
            try:
                return backend.complete(system, user, max_tokens=max_tokens)
            except Exception as exc:  # noqa: BLE001 - provider errors vary wildly
                logger.warning("backend %s failed for %s: %s", backend.name, task, exc)
                last_exc = exc
        raise RuntimeError(f"all backends failed for task {task}") from last_exc

    def complete_json(self, task: str, system: str, user: str) -> dict:
        raw = self.complete(task, system, user)
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            start, end = raw.find("{"), raw.rfind("}")
            if start >= 0 and end > start:
                return json.loads(raw[start : end + 1])
            raise


def default_router() -> ModelRouter:
    models = get_settings().models
    router = ModelRouter()
    router.register("openai-mini", lambda: OpenAIBackend(model=models.classifier))
    router.register("claude-haiku", lambda: AnthropicBackend(model=models.classifier_fallback))
    router.register("claude-sonnet", lambda: AnthropicBackend(model=models.entities))
    router.register("bedrock-haiku", lambda: BedrockBackend(model=models.summarizer))
    router.register("together-llama", lambda: TogetherBackend(model=models.together_tagger))

    router.set_chain("classify", ["openai-mini", "claude-haiku", "bedrock-haiku"])
    router.set_chain("entities", ["claude-sonnet", "openai-mini"])
    router.set_chain("summary", ["bedrock-haiku", "claude-haiku"])
    router.set_chain("tags", ["together-llama", "openai-mini"])
    return router
