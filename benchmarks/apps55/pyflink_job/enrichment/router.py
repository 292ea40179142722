"""Model router: picks provider + model per task and runs the request.

Routes are configured per task name. The router does not own its clients; it asks the
per-task-manager cache so several operators chained in one slot share connections.
"""
from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from typing import Callable

from config.settings import MODELS
from enrichment import client_cache

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Route:
    provider: str
    model: str
    max_tokens: int = 256
    temperature: float = 0.0
    weight: float = 1.0


DEFAULT_ROUTES: dict[str, list[Route]] = {
    "click_intent": [
        Route("openai", MODELS.classify_model, max_tokens=8),
        Route("fireworks", MODELS.fireworks_model, max_tokens=8, weight=0.3),
    ],
    "chat_topic": [Route("fireworks", MODELS.fireworks_model, max_tokens=8)],
    "chat_summary": [Route("anthropic", MODELS.summary_model, max_tokens=300)],
    "chat_summary_fallback": [Route("bedrock", MODELS.bedrock_model, max_tokens=300)],
    "escalation": [Route("cohere", "command-r-plus-08-2024", max_tokens=64)],
}


class ModelRouter:
    def __init__(
        self,
        routes: dict[str, list[Route]] | None = None,
        client_getter: Callable[[str], object] = client_cache.get_client,
        rng: random.Random | None = None,
    ) -> None:
        self.routes = routes or DEFAULT_ROUTES
        self._get_client = client_getter
        self._rng = rng or random.Random()

    def pick(self, task: str) -> Route:
        candidates = self.routes.get(task)
        if not candidates:
            raise KeyError(f"no route for task {task!r}")
        if len(candidates) == 1:
            return candidates[0]
        total = sum(r.weight for r in candidates)
        roll = self._rng.uniform(0, total)
        for route in candidates:
            roll -= route.weight
            if roll <= 0:
                return route
        return candidates[-1]

    def complete(self, task: str, prompt: str, system: str | None = None) -> str:
        route = self.pick(task)
        handler = getattr(self, f"_complete_{route.provider}")
        return handler(route, prompt, system)

    # -- provider handlers -------------------------------------------------------------

    def _complete_openai(self, route: Route, prompt: str, system: str | None) -> str:
        client = self._get_client("openai")
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        resp = client.chat.completions.create(
            model=route.model,
            messages=messages,
            max_tokens=route.max_tokens,
            temperature=route.temperature,
        )
        return (resp.choices[0].message.content or "").strip()

    def _complete_fireworks(self, route: Route, prompt: str, system: str | None) -> str:
        client = self._get_client("fireworks")
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        resp = client.chat.completions.create(
            model=route.model, messages=messages, max_tokens=route.max_tokens
        )
        return (resp.choices[0].message.content or "").strip()

    def _complete_anthropic(self, route: Route, prompt: str, system: str | None) -> str:
        client = self._get_client("anthropic")
        kwargs = {"system": system} if system else {}
        msg = client.messages.create(
            model=route.model,
            max_tokens=route.max_tokens,
            temperature=route.temperature,
            messages=[{"role": "user", "content": prompt}],
            **kwargs,
        )
        return "".join(b.text for b in msg.content if b.type == "text").strip()

    def _complete_bedrock(self, route: Route, prompt: str, system: str | None) -> str:
        runtime = self._get_client("bedrock")
        request = {
            "modelId": route.model,
            "messages": [{"role": "user", "content": [{"text": prompt}]}],
            "inferenceConfig": {"maxTokens": route.max_tokens, "temperature": route.temperature},
        }
        if system:
            request["system"] = [{"text": system}]
        out = runtime.converse(**request)
        return out["output"]["message"]["content"][0]["text"].strip()

    def _complete_cohere(self, route: Route, prompt: str, system: str | None) -> str:
        co = self._get_client("cohere")
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        resp = co.chat(model=route.model, messages=messages, max_tokens=route.max_tokens)
        return resp.message.content[0].text.strip()


_default_router: ModelRouter | None = None


def get_router() -> ModelRouter:
    global _default_router
    if _default_router is None:
        _default_router = ModelRouter()
    return _default_router
