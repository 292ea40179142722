"""!code and !review — coding help through OpenRouter (cheaper code models)."""
from __future__ import annotations

import logging

from bot import llm
from bot.context import CommandContext
from bot.llm.prompts import CODE_SYSTEM
from bot.router import router, split_flags

log = logging.getLogger(__name__)

CODE_MODELS = {
    "deepseek": "deepseek/deepseek-chat",
    "qwen": "qwen/qwen-2.5-coder-32b-instruct",
    "sonnet": "anthropic/claude-3.5-sonnet",
}


@router.command("code", help="!code [--m deepseek|qwen|sonnet] <question>")
async def code(ctx: CommandContext) -> None:
    flags, question = split_flags(ctx.args)
    model = CODE_MODELS.get(flags.get("m", "deepseek"), CODE_MODELS["deepseek"])
    client = llm.get_openrouter_client()
    completion = await client.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": CODE_SYSTEM}, {"role": "user", "content": question}],
        temperature=0.2,
    )
    await ctx.reply(completion.choices[0].message.content)


@router.command("review", help="!review <paste code> — quick code review")
async def review(ctx: CommandContext) -> None:
    raw = await ctx.bot.openrouter.chat.completions.with_raw_response.create(
        model=CODE_MODELS["sonnet"],
        messages=[
            {"role": "system", "content": "Review this code. Bugs first, style last. Be brief."},
            {"role": "user", "content": ctx.args},
        ],
    )
    remaining = raw.headers.get("x-ratelimit-remaining")
    completion = raw.parse()
    if remaining is not None and int(remaining) < 10:
        log.warning("openrouter rate limit nearly exhausted: %s", remaining)
    await ctx.reply(completion.choices[0].message.content)


@router.command("complete", help="!complete <code prefix> — raw code completion (Together)")
async def complete(ctx: CommandContext) -> None:
    together = llm.get_together_client()
    resp = await together.completions.create(
        model="Qwen/Qwen2.5-Coder-32B-Instruct",
        prompt=ctx.args,
        max_tokens=256,
        stop=["\n\n\n"],
    )
    await ctx.reply(f"```\n{ctx.args}{resp.choices[0].text}\n```")


def _format_diff(before: str, after: str) -> str:
    import difflib

    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), "before", "after", lineterm="")
    return "```diff\n" + "\n".join(diff) + "\n```"


@router.command("fix", help="!fix <code> — propose a fix, shown as a diff")
async def fix(ctx: CommandContext) -> None:
    provider = ctx.bot.providers.get("openrouter") or ctx.bot.providers["openai"]
    reply = await provider.complete(
        [
            {"role": "system", "content": "Return only the corrected code, no fences, no prose."},
            {"role": "user", "content": ctx.args},
        ],
        temperature=0,
    )
    await ctx.reply(_format_diff(ctx.args, reply.text))
