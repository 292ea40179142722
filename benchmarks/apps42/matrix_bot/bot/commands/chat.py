"""!ask, !chat, !reset, !system — the main conversational commands."""
from __future__ import annotations

import logging

from bot.context import CommandContext
from bot.llm.prompts import DEFAULT_SYSTEM, build_messages
from bot.llm.streaming import openai_deltas, stream_to_room
from bot.llm.tokens import trim_history
from bot.moderation import redact
from bot.router import router, split_flags

log = logging.getLogger(__name__)


@router.command("ask", help="!ask [--p provider] <question> — one-off question", aliases=("q",))
async def ask(ctx: CommandContext) -> None:
    flags, question = split_flags(ctx.args)
    if not question:
        await ctx.reply("Usage: `!ask [--p openai|claude|together|openrouter] question`")
        return
    name = flags.get("p", "openai")
    provider = ctx.bot.providers.get(name)
    if provider is None:
        await ctx.reply(f"Unknown provider `{name}`.")
        return
    messages = build_messages(DEFAULT_SYSTEM, [], question)
    reply = await provider.complete(messages, temperature=float(flags.get("t", 0.7)))
    verdict = await ctx.bot.moderator.check(reply.text)
    await ctx.reply(redact(reply.text, verdict))


@router.command("chat", help="!chat <message> — continue the room conversation (streams)")
async def chat(ctx: CommandContext) -> None:
    conv = ctx.bot.store.get(ctx.room_id)
    model = ctx.bot.config.default_model
    history = trim_history(conv.messages(), budget=6000, model=model)
    messages = build_messages(conv.system_prompt or DEFAULT_SYSTEM, history, ctx.args)

    stream = await ctx.bot.openai.chat.completions.create(
        model=model,
        messages=messages,
        stream=True,
        stream_options={"include_usage": True},
    )
    text = await stream_to_room(ctx.bot, ctx.room_id, openai_deltas(stream), reply_to=ctx.event.event_id)
    conv.add("user", ctx.args, sender=ctx.sender)
    conv.add("assistant", text)


@router.command("reset", help="!reset — forget this room's conversation", uses_llm=False)
async def reset(ctx: CommandContext) -> None:
    ctx.bot.store.reset(ctx.room_id)
    await ctx.react("👍")


@router.command("system", help="!system <prompt> — set the room's system prompt", uses_llm=False)
async def system(ctx: CommandContext) -> None:
    conv = ctx.bot.store.get(ctx.room_id)
    conv.system_prompt = ctx.args or None
    await ctx.reply("System prompt " + ("set." if ctx.args else "cleared."))


@router.command("continue", help="!continue — ask the model to keep going")
async def continue_(ctx: CommandContext) -> None:
    conv = ctx.bot.store.get(ctx.room_id)
    if not conv.turns:
        await ctx.reply("Nothing to continue.")
        return
    provider = ctx.bot.providers[conv.provider]
    reply = await provider.complete(conv.messages() + [{"role": "user", "content": "Continue."}])
    conv.add("assistant", reply.text)
    await ctx.reply(reply.text)


@router.command("compare", help="!compare <question> — ask every provider at once")
async def compare(ctx: CommandContext) -> None:
    import asyncio

    names = sorted(ctx.bot.providers)
    messages = build_messages(DEFAULT_SYSTEM, [], ctx.args)
    results = await asyncio.gather(
        *(ctx.bot.providers[n].complete(messages, max_tokens=300) for n in names),
        return_exceptions=True,
    )
    parts = []
    for name, res in zip(names, results):
        if isinstance(res, Exception):
            parts.append(f"### {name}\n_error: {res}_")
        else:
            parts.append(f"### {name} (`{res.model}`)\n{res.text}")
    await ctx.reply("\n\n".join(parts))


@router.command("provider", help="!provider <name> — set this room's default provider", uses_llm=False)
async def provider(ctx: CommandContext) -> None:
    from bot.llm.providers import available

    name = ctx.args.strip()
    if name not in ctx.bot.providers:
        await ctx.reply("Available: " + ", ".join(available()))
        return
    ctx.bot.store.get(ctx.room_id).provider = name
    await ctx.reply(f"This room now uses **{name}**.")
