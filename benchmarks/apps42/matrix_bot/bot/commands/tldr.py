"""!tldr <url or text> — summarize a link with a Together-hosted Llama."""
from __future__ import annotations

import html
import re

import httpx

from bot.context import CommandContext
from bot.llm.prompts import TLDR_SYSTEM
from bot.router import router

_TAG_RE = re.compile(r"<[^>]+>")
MAX_CHARS = 24_000


async def fetch_text(url: str) -> str:
    async with httpx.AsyncClient(follow_redirects=True, timeout=15) as http:
        resp = await http.get(url, headers={"User-Agent": "matrix-llm-bot/0.9"})
        resp.raise_for_status()
    text = _TAG_RE.sub(" ", resp.text)
    return html.unescape(re.sub(r"\s+", " ", text))[:MAX_CHARS]


@router.command("tldr", help="!tldr <url|text>")
async def tldr(ctx: CommandContext) -> None:
    target = ctx.args.strip()
    if target.startswith(("http://", "https://")):
        try:
            body = await fetch_text(target)
        except httpx.HTTPError as exc:
            await ctx.reply(f"Couldn't fetch that: {exc}")
            return
    else:
        body = target
    together = ctx.bot.together
    if together is None:
        await ctx.reply("Together is not configured on this bot.")
        return
    resp = await together.chat.completions.create(
        model=ctx.bot.config.together_model,
        messages=[{"role": "system", "content": TLDR_SYSTEM}, {"role": "user", "content": body}],
        max_tokens=300,
    )
    await ctx.reply(resp.choices[0].message.content)
