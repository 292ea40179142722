from __future__ import annotations

import os
from functools import lru_cache

from openai import AsyncOpenAI, OpenAI

from ai_lsp.backends.registry import CompletionRequest, CompletionResult
from ai_lsp.constants import DEFAULT_FIREWORKS_MODEL, DEFAULT_OPENAI_MODEL, FIREWORKS_BASE_URL


@lru_cache(maxsize=1)
def get_openai_client() -> OpenAI:
    return OpenAI(api_key=os.environ.get("OPENAI_API_KEY"), max_retries=2, timeout=20.0)


_async_client: AsyncOpenAI | None = None


def get_async_openai_client(api_key: str | None = None) -> AsyncOpenAI:
    global _async_client
    if _async_client is None:
        _async_client = AsyncOpenAI(api_key=api_key or os.environ.get("OPENAI_API_KEY"))
    return _async_client


class OpenAIBackend:
    name = "openai"

    def __init__(self, client: AsyncOpenAI, model: str = DEFAULT_OPENAI_MODEL):
        self.client = client
        self.model = model

    async def complete(self, request: CompletionRequest) -> CompletionResult:
        prompt = (
            f"Complete the following {request.language} code. "
            "Reply with the code to insert at <CURSOR> only.\n\n"
            f"{request.prefix}<CURSOR>{request.suffix}"
        )
        resp = await self.client.chat.completions.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=request.max_tokens,
            temperature=request.temperature,
            stop=request.stop,
        )
        return CompletionResult(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens if resp.usage else 0,
            output_tokens=resp.usage.completion_tokens if resp.usage else 0,
            raw=resp,
        )

    async def chat(self, system: str, user: str, *, max_tokens: int = 1024) -> CompletionResult:
        resp = await self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": system},
                {"role": "user", "content": user},
            ],
            max_tokens=max_tokens,
        )
        usage = resp.usage
        return CompletionResult(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
        )

    async def list_models(self) -> list[str]:
        page = await self.client.models.list()
        return [m.id for m in page.data]


# Fireworks exposes an OpenAI-compatible API, so it shares the SDK.
def make_fireworks_client(api_key: str | None = None) -> AsyncOpenAI:
    return AsyncOpenAI(
        base_url=FIREWORKS_BASE_URL,
        api_key=api_key or os.environ["FIREWORKS_API_KEY"],
    )


class FireworksConfig:
    """Fireworks is only used for inline completion and refactors; the
    features call the client directly (see features/inline_completion.py)."""

    def __init__(self, client: AsyncOpenAI, model: str = DEFAULT_FIREWORKS_MODEL):
        self.name = "fireworks"
        self.client = client
        self.model = model
