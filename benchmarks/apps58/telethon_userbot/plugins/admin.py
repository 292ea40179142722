"""Housekeeping commands.

``.provider [name]`` – show / switch the provider used by ``.tldrq``
``.models``          – list models each provider exposes
``.usage [days]``    – tracked token usage and estimated cost
``.tokens``          – count tokens of the replied message
"""
from __future__ import annotations

import logging
import time

from telethon import TelegramClient, events

from core.clients import configured_providers
from core.llm_usage_tracker import llm_tracker
from core.providers import BACKENDS
from core.tokens import calculate_cost, count_anthropic_tokens, count_gemini_tokens, count_openai_tokens
from config import settings
from utils.telegram import input_or_reply

log = logging.getLogger(__name__)


async def _list_models(client: TelegramClient) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    try:
        page = await client.llm.models.list()
        out["openai"] = sorted(m.id for m in page.data if m.id.startswith(("gpt", "o", "dall")))
    except Exception as exc:  # noqa: BLE001
        out["openai"] = [f"error: {exc}"]
    try:
        out["groq"] = sorted(m.id for m in (await client.groq.models.list()).data)
    except Exception as exc:  # noqa: BLE001
        out["groq"] = [f"error: {exc}"]
    try:
        out["anthropic"] = [m.id async for m in client.anthropic.models.list(limit=20)]
    except Exception as exc:  # noqa: BLE001
        out["anthropic"] = [f"error: {exc}"]
    try:
        pager = await client.gemini.aio.models.list()
        out["gemini"] = [m.name async for m in pager][:25]
    except Exception as exc:  # noqa: BLE001
        out["gemini"] = [f"error: {exc}"]
    return out


def setup(client: TelegramClient) -> None:
    @client.on(events.NewMessage(outgoing=True, pattern=r"^\.provider(?:\s+(\w+))?$"))
    async def provider(event: events.NewMessage.Event) -> None:
        name = event.pattern_match.group(1)
        if not name:
            current = event.client.switch.current(event.chat_id)
            await event.edit(
                f"current: **{current}**\nconfigured: {', '.join(configured_providers())}\n"
                f"available: {', '.join(sorted(BACKENDS))}"
            )
            return
        try:
            event.client.switch.set(event.chat_id, name.lower())
        except KeyError:
            await event.edit(f"unknown provider {name}")
            return
        await event.edit(f"provider for this chat → **{name}**")

    @client.on(events.NewMessage(outgoing=True, pattern=r"^\.models$"))
    async def models(event: events.NewMessage.Event) -> None:
        await event.edit("listing…")
        listing = await _list_models(event.client)
        lines = []
        for vendor, ids in listing.items():
            lines.append(f"**{vendor}** ({len(ids)})")
            lines.extend(f"  `{i}`" for i in ids[:15])
        await event.edit("\n".join(lines))

    @client.on(events.NewMessage(outgoing=True, pattern=r"^\.usage(?:\s+(\d+))?$"))
    async def usage(event: events.NewMessage.Event) -> None:
        days = int(event.pattern_match.group(1) or 7)
        rows = llm_tracker.totals(since=time.time() - days * 86400)
        if not rows:
            await event.edit("no tracked usage")
            return
        total = 0.0
        lines = [f"**usage, last {days}d**"]
        for prov, model, tin, tout, calls in rows:
            cost = calculate_cost(model, tin or 0, tout or 0)
            total += cost
            lines.append(f"{prov}/{model}: {calls} calls, {tin}+{tout} tok ≈ ${cost:.3f}")
        lines.append(f"**total ≈ ${total:.2f}**")
        await event.edit("\n".join(lines))

    @client.on(events.NewMessage(outgoing=True, pattern=r"^\.tokens$"))
    async def tokens(event: events.NewMessage.Event) -> None:
        text = await input_or_reply(event, group=99)
        if not text:
            await event.edit("reply to a message")
            return
        o = count_openai_tokens(text, settings.openai_model)
        a = await count_anthropic_tokens(text, settings.anthropic_model)
        g = await count_gemini_tokens(text, settings.gemini_model)
        await event.edit(f"tokens — openai: {o}, anthropic: {a}, gemini: {g}")
