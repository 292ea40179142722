from __future__ import annotations

import asyncio
import hashlib
import logging
import time

import hikari
import lightbulb

from bot.llm.prompts import ASK_SYSTEM, Message
from bot.services.llm_usage_tracker import llm_tracker
from bot.services.multi_model_service import TaskComplexity, multi_model_service
from bot.utils.discord_fmt import answer_embed, chunk_text, error_embed

log = logging.getLogger(__name__)

plugin = lightbulb.Plugin("Ask", "Question answering")

EDIT_INTERVAL = 1.2  # seconds between message edits while streaming


def _cache_key(guild_id: int | None, question: str) -> str:
    return hashlib.sha1(f"{guild_id}:{question.strip().lower()}".encode()).hexdigest()


@plugin.command
@lightbulb.option("model", "Which model family to use", required=False, choices=["gpt", "claude", "gemini", "llama"])
@lightbulb.option("question", "What do you want to know?", required=True)
@lightbulb.command("ask", "Ask Hikari a question", auto_defer=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def ask(ctx: lightbulb.SlashContext) -> None:
    question: str = ctx.options.question
    cache = ctx.bot.d.answer_cache
    key = _cache_key(ctx.guild_id, question)
    if (cached := cache.get(key)) is not None:
        await ctx.respond(embed=answer_embed("Answer (cached)", cached))
        return

    try:
        result = await multi_model_service.generate_response(
            question,
            task_type="chat",
            complexity=TaskComplexity.STANDARD,
            system=ASK_SYSTEM,
            provider={"gpt": "openai", "claude": "anthropic", "gemini": "google", "llama": "groq"}.get(
                ctx.options.model or ""
            ),
            guild_id=ctx.guild_id,
            user_id=ctx.author.id,
        )
    except LookupError as exc:
        await ctx.respond(embed=error_embed(str(exc)))
        return

    cache.set(key, result.text)
    await ctx.respond(embed=answer_embed("Answer", result.text, footer=f"{result.provider} · {result.model}"))


@plugin.command
@lightbulb.option("question", "What do you want to know?", required=True)
@lightbulb.command("ask-live", "Ask and watch the answer being typed")
@lightbulb.implements(lightbulb.SlashCommand)
async def ask_live(ctx: lightbulb.SlashContext) -> None:
    # TODO(mika): move to multi_model_service once it supports streaming
    settings = ctx.bot.d.settings
    await ctx.respond(hikari.ResponseType.DEFERRED_MESSAGE_CREATE)
    stream = await ctx.bot.d.openai.chat.completions.create(
        model=settings.ask_model,
        messages=[
            {"role": "system", "content": ASK_SYSTEM},
            {"role": "user", "content": ctx.options.question},
        ],
        stream=True,
    )
    buf = ""
    last_edit = 0.0
    async for chunk in stream:
        if not chunk.choices:
            continue
        buf += chunk.choices[0].delta.content or ""
        if time.monotonic() - last_edit > EDIT_INTERVAL and buf:
            await ctx.edit_last_response(buf[-1900:])
            last_edit = time.monotonic()
    await ctx.edit_last_response(chunk_text(buf)[0] if buf else "*(no answer)*")


@plugin.command
@lightbulb.option("question", "Quick question", required=True)
@lightbulb.command("quick", "Fast, short answer (llama on Groq)", ephemeral=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def quick(ctx: lightbulb.SlashContext) -> None:
    groq = plugin.bot.d.groq
    resp = await groq.chat.completions.create(
        model=plugin.bot.d.settings.fast_model,
        messages=[
            {"role": "system", "content": "Answer in one or two sentences."},
            {"role": "user", "content": ctx.options.question},
        ],
        max_tokens=200,
        temperature=0.2,
    )
    await ctx.respond(resp.choices[0].message.content or "…")


@plugin.command
@lightbulb.option("topic", "Concept to explain", required=True)
@lightbulb.command("explain", "Explain a concept step by step", auto_defer=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def explain(ctx: lightbulb.SlashContext) -> None:
    settings = ctx.bot.d.settings
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=settings.summary_model,
        feature_context="explain",
        guild_id=ctx.guild_id,
        user_id=ctx.author.id,
    ) as usage_log:
        msg = await ctx.bot.d.anthropic.messages.create(
            model=settings.summary_model,
            max_tokens=1200,
            system=ASK_SYSTEM + " Explain step by step with a short example.",
            messages=[{"role": "user", "content": ctx.options.topic}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    text = "".join(b.text for b in msg.content if b.type == "text")
    for part in chunk_text(text):
        await ctx.respond(part)


@plugin.command
@lightbulb.option("question", "Question to compare across models", required=True)
@lightbulb.command("compare", "Ask every configured model the same question", auto_defer=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def compare(ctx: lightbulb.SlashContext) -> None:
    registry = ctx.bot.d.providers
    names = registry.names()
    messages = [Message.user(ctx.options.question)]
    results = await asyncio.gather(
        *(registry.get(n).complete(messages, system=ASK_SYSTEM, max_tokens=300) for n in names),
        return_exceptions=True,
    )
    embed = hikari.Embed(title="Model comparison", colour=0x57F287)
    for name, res in zip(names, results):
        value = f"⚠️ {res!r}" if isinstance(res, BaseException) else res.text
        embed.add_field(name=name, value=value[:1024] or "—")
    await ctx.respond(embed=embed)


def load(bot: lightbulb.BotApp) -> None:
    bot.add_plugin(plugin)


def unload(bot: lightbulb.BotApp) -> None:
    bot.remove_plugin(plugin)
