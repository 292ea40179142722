"""Codestral (Mistral) fill-in-the-middle backend."""
from __future__ import annotations

import os

from mistralai import Mistral

from ai_lsp.backends.registry import CompletionRequest, CompletionResult
from ai_lsp.constants import DEFAULT_CODESTRAL_MODEL

CODESTRAL_SERVER = "https://codestral.mistral.ai"


def make_codestral_client(api_key: str | None = None) -> Mistral:
    return Mistral(
        api_key=api_key or os.environ.get("CODESTRAL_API_KEY") or os.environ["MISTRAL_API_KEY"],
        server_url=CODESTRAL_SERVER,
    )


def make_mistral_client(api_key: str | None = None) -> Mistral:
    return Mistral(api_key=api_key or os.environ.get("MISTRAL_API_KEY"))


class CodestralBackend:
    name = "codestral"

    def __init__(self, client: Mistral, model: str = DEFAULT_CODESTRAL_MODEL, chat_model: str = "mistral-small-latest"):
        self.client = client
        self.model = model
        self.chat_model = chat_model

    async def complete(self, request: CompletionRequest) -> CompletionResult:
        res = await self.client.fim.complete_async(
            model=self.model,
            prompt=request.prefix,
            suffix=request.suffix,
            max_tokens=request.max_tokens,
            temperature=request.temperature,
            stop=request.stop,
        )
        choice = res.choices[0] if res and res.choices else None
        text = choice.message.content if choice else ""
        return CompletionResult(
            text=text if isinstance(text, str) else "",
            model=res.model if res else self.model,
            input_tokens=res.usage.prompt_tokens if res else 0,
            output_tokens=res.usage.completion_tokens if res else 0,
            raw=res,
        )

    async def chat(self, system: str, user: str, *, max_tokens: int = 1024) -> CompletionResult:
        raise NotImplementedError("codestral endpoint is FIM-only; use the mistral chat backend")
