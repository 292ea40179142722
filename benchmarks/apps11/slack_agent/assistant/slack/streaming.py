"""Stream model output into a Slack message by editing it as tokens arrive.

Slack rate-limits chat.update to roughly one call per second per channel, so we buffer and
flush on a timer rather than per token.
"""
from __future__ import annotations

import logging
import time
from typing import Any, Dict, List, Optional

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from assistant.config import get_settings
from assistant.llm.clients import async_anthropic_client

log = logging.getLogger(__name__)

FLUSH_INTERVAL_S = 1.2
CURSOR = " ▍"


class SlackMessageWriter:
    """Owns one bot message and keeps replacing its text."""

    def __init__(self, web: AsyncWebClient, channel: str, thread_ts: Optional[str]) -> None:
        self.web = web
        self.channel = channel
        self.thread_ts = thread_ts
        self.ts: Optional[str] = None
        self._last_flush = 0.0
        self.text = ""

    async def start(self, placeholder: str = "_thinking…_") -> None:
        resp = await self.web.chat_postMessage(
            channel=self.channel, thread_ts=self.thread_ts, text=placeholder
        )
        self.ts = resp["ts"]

    async def push(self, delta: str, force: bool = False) -> None:
        self.text += delta
        now = time.monotonic()
        if not force and now - self._last_flush < FLUSH_INTERVAL_S:
            return
        await self._update(self.text + ("" if force else CURSOR))
        self._last_flush = now

    async def finish(self, final_text: Optional[str] = None) -> None:
        if final_text is not None:
            self.text = final_text
        await self._update(self.text or "_(no answer)_")

    async def _update(self, text: str) -> None:
        if not self.ts:
            return
        try:
            await self.web.chat_update(channel=self.channel, ts=self.ts, text=text[:39000])
        except SlackApiError as exc:
            if exc.response.get("error") == "ratelimited":
                log.debug("chat.update rate limited, skipping a frame")
                return
            raise


async def stream_claude_to_slack(
    web: AsyncWebClient,
    channel: str,
    thread_ts: Optional[str],
    system: str,
    messages: List[Dict[str, Any]],
    max_tokens: int = 1500,
) -> Dict[str, int]:
    """Tool-less Claude answer streamed into the thread. Returns token usage."""
    writer = SlackMessageWriter(web, channel, thread_ts)
    await writer.start()
    model = get_settings().models.agent_model

    async with async_anthropic_client().messages.stream(
        model=model,
        max_tokens=max_tokens,
        system=system,
        messages=messages,
    ) as stream:
        async for text in stream.text_stream:
            await writer.push(text)
        final = await stream.get_final_message()

    await writer.finish()
    return {"input_tokens": final.usage.input_tokens, "output_tokens": final.usage.output_tokens}
