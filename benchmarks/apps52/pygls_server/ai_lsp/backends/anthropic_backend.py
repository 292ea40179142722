from __future__ import annotations

import os

import anthropic

from ai_lsp.backends.registry import CompletionRequest, CompletionResult
from ai_lsp.constants import DEFAULT_ANTHROPIC_MODEL

_clients: dict[str, anthropic.AsyncAnthropic] = {}


def make_anthropic_client(api_key: str | None = None) -> anthropic.AsyncAnthropic:
    key = api_key or os.environ.get("ANTHROPIC_API_KEY", "")
    if key not in _clients:
        _clients[key] = anthropic.AsyncAnthropic(api_key=key or None, max_retries=3)
    return _clients[key]


def make_sync_anthropic_client() -> anthropic.Anthropic:
    # used by scripts and the legacy explain path
    return anthropic.Anthropic()


class AnthropicBackend:
    name = "anthropic"

    def __init__(self, client: anthropic.AsyncAnthropic, model: str = DEFAULT_ANTHROPIC_MODEL):
        self.client = client
        self.model = model

    async def complete(self, request: CompletionRequest) -> CompletionResult:
        msg = await self.client.messages.create(
            model=self.model,
            max_tokens=request.max_tokens,
            temperature=request.temperature,
            system="You are a code completion engine. Output only code.",
            messages=[
                {"role": "user", "content": f"<prefix>{request.prefix}</prefix><suffix>{request.suffix}</suffix>"},
            ],
            stop_sequences=request.stop,
        )
        text = "".join(b.text for b in msg.content if b.type == "text")
        return CompletionResult(
            text=text,
            model=msg.model,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
            raw=msg,
        )

    async def chat(self, system: str, user: str, *, max_tokens: int = 1024) -> CompletionResult:
        msg = await self.client.messages.create(
            model=self.model,
            max_tokens=max_tokens,
            system=system,
            messages=[{"role": "user", "content": user}],
        )
        return CompletionResult(
            text=msg.content[0].text if msg.content else "",
            model=msg.model,
            input_tokens=msg.usage.input_tokens,
            output_tokens=msg.usage.output_tokens,
        )

    async def count_tokens(self, system: str, user: str) -> int:
        result = await self.client.messages.count_tokens(
            model=self.model,
            system=system,
            messages=[{"role": "user", "content": user}],
        )
        return result.input_tokens
