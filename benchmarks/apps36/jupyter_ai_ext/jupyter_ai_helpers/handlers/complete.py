"""Inline (ghost-text) completions, streamed as server-sent events."""
from __future__ import annotations

import asyncio
import time

import tornado
from tornado.iostream import StreamClosedError

from ..providers import get_provider
from ..utils.prompts import COMPLETION_SYSTEM, completion_prompt
from .base import BaseAIHandler

_DEBOUNCE_S = 0.15


class CompleteHandler(BaseAIHandler):
    _last_request = 0.0

    @tornado.web.authenticated
    async def post(self):
        body = self.json_body()
        prefix = body.get("prefix", "")
        suffix = body.get("suffix", "")
        provider_name = body.get("provider") or self.settings["ai_default_provider"]

        now = time.monotonic()
        if now - CompleteHandler._last_request < _DEBOUNCE_S:
            await asyncio.sleep(_DEBOUNCE_S)
        CompleteHandler._last_request = now

        self.set_header("Content-Type", "text/event-stream")
        self.set_header("Cache-Control", "no-cache")

        if provider_name == "anthropic":
            await self._stream_anthropic(prefix, suffix)
        else:
            provider = get_provider(
                provider_name, self.clients, model=self.model_for(provider_name), max_tokens=256
            )
            messages = [{"role": "user", "content": completion_prompt(prefix, suffix)}]
            try:
                async for piece in provider.stream(messages, system=COMPLETION_SYSTEM):
                    self.write_sse("delta", {"text": piece})
                    await self.flush()
            except StreamClosedError:
                return
        self.write_sse("done", {})
        self.finish()

    async def _stream_anthropic(self, prefix, suffix):
        client = self.client_for("anthropic")
        async with client.messages.stream(
            model=self.model_for("anthropic"),
            max_tokens=256,
            system=COMPLETION_SYSTEM,
            messages=[{"role": "user", "content": completion_prompt(prefix, suffix)}],
            stop_sequences=["\n\n\n"],
        ) as stream:
            async for event in stream:
                if event.type == "text":
                    self.write_sse("delta", {"text": event.text})
                    try:
                        await self.flush()
                    except StreamClosedError:
                        return
