"""Model router: maps a *purpose* to a provider/model and runs the request.

Written before multi_model_service existed; summarize/classify still use it.
"""
from __future__ import annotations

import dataclasses
import logging
from typing import Any, TypeVar

from openai import AsyncOpenAI
from pydantic import BaseModel

from llm.clients import get_async_anthropic, get_async_openai, get_mistral
from llm.watsonx import get_granite

logger = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class Route:
    provider: str
    model: str
    max_tokens: int = 1024
    temperature: float = 0.2


ROUTES: dict[str, Route] = {
    "summarize": Route("anthropic", "claude-3-5-sonnet-20241022", max_tokens=1500),
    "summarize_chunk": Route("mistral", "mistral-small-latest", max_tokens=600),
    "classify": Route("openai", "gpt-4o-mini", max_tokens=100, temperature=0.0),
    "title": Route("watsonx", "ibm/granite-3-8b-instruct", max_tokens=32),
    "digest": Route("mistral", "mistral-large-latest", max_tokens=500),
}

FALLBACKS: dict[str, str] = {"anthropic": "openai", "mistral": "openai", "watsonx": "openai"}
FALLBACK_MODELS = {"openai": "gpt-4o-mini"}


@dataclasses.dataclass
class RoutedResult:
    text: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


class ModelRouter:
    def __init__(self, routes: dict[str, Route] | None = None) -> None:
        self.routes = dict(routes or ROUTES)
        self._openai = get_async_openai()
        self._anthropic = get_async_anthropic()

    def route_for(self, purpose: str) -> Route:
        try:
            return self.routes[purpose]
        except KeyError:
            raise ValueError(f"no route for purpose {purpose!r}") from None

    async def complete(self, purpose: str, messages: list[dict[str, Any]], system: str | None = None) -> RoutedResult:
        route = self.route_for(purpose)
        try:
            return await self._dispatch(route, messages, system)
        except Exception:
            fb = FALLBACKS.get(route.provider)
            if not fb:
                raise
            logger.warning("route %s failed on %s, falling back to %s", purpose, route.provider, fb, exc_info=True)
            return await self._dispatch(
                Route(fb, FALLBACK_MODELS[fb], route.max_tokens, route.temperature), messages, system
            )

    async def _dispatch(self, route: Route, messages: list[dict[str, Any]], system: str | None) -> RoutedResult:
        if route.provider == "anthropic":
            resp = await self._anthropic.messages.create(
                model=route.model,
                max_tokens=route.max_tokens,
                temperature=route.temperature,
                system=system or "",
                messages=messages,
            )
            text = "".join(b.text for b in resp.content if b.type == "text")
            return RoutedResult(text, "anthropic", route.model, resp.usage.input_tokens, resp.usage.output_tokens)

        if route.provider == "openai":
            msgs = ([{"role": "system", "content": system}] if system else []) + messages
            resp = await self._openai.chat.completions.create(
                model=route.model, messages=msgs, max_tokens=route.max_tokens, temperature=route.temperature
            )
            usage = resp.usage
            return RoutedResult(
                resp.choices[0].message.content or "",
                "openai",
                route.model,
                usage.prompt_tokens if usage else 0,
                usage.completion_tokens if usage else 0,
            )

        if route.provider == "mistral":
            msgs = ([{"role": "system", "content": system}] if system else []) + messages
            resp = await get_mistral().chat.complete_async(
                model=route.model, messages=msgs, max_tokens=route.max_tokens, temperature=route.temperature
            )
            return RoutedResult(
                resp.choices[0].message.content,
                "mistral",
                route.model,
                resp.usage.prompt_tokens,
                resp.usage.completion_tokens,
            )

        if route.provider == "watsonx":
            msgs = ([{"role": "system", "content": system}] if system else []) + messages
            model = get_granite(route.model)
            resp = await model.achat(messages=msgs, params={"max_tokens": route.max_tokens})
            usage = resp.get("usage", {})
            return RoutedResult(
                resp["choices"][0]["message"]["content"],
                "watsonx",
                route.model,
                usage.get("prompt_tokens", 0),
                usage.get("completion_tokens", 0),
            )

        raise ValueError(f"unknown provider {route.provider}")


_router: ModelRouter | None = None


def get_router() -> ModelRouter:
    global _router
    if _router is None:
        _router = ModelRouter()
    return _router


# --- structured outputs (moved here from llm/structured.py) ---

T = TypeVar("T", bound=BaseModel)


class Entities(BaseModel):
    people: list[str]
    organisations: list[str]
    locations: list[str]
    dates: list[str]


async def parse_into(client: AsyncOpenAI, schema: type[T], text: str, model: str = "gpt-4o-mini") -> T | None:
    completion = await client.beta.chat.completions.parse(
        model=model,
        response_format=schema,
        messages=[
            {"role": "system", "content": "Extract the entities mentioned in the text."},
            {"role": "user", "content": text},
        ],
    )
    return completion.choices[0].message.parsed
