from __future__ import annotations

import datetime as dt
import logging

import hikari
import lightbulb

from bot.llm.prompts import SUMMARY_SYSTEM, render_transcript
from bot.services.multi_model_service import TaskComplexity, multi_model_service
from bot.services.thread_history import fetch_thread_lines
from bot.utils.discord_fmt import answer_embed, error_embed

log = logging.getLogger(__name__)

plugin = lightbulb.Plugin("Summarize")


@plugin.command
@lightbulb.option("hours", "Only summarise the last N hours", type=int, required=False, default=None)
@lightbulb.command("summarize", "Summarise this thread or channel", auto_defer=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def summarize(ctx: lightbulb.SlashContext) -> None:
    settings = plugin.bot.d.settings
    since = None
    if ctx.options.hours:
        since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=ctx.options.hours)
    lines = await fetch_thread_lines(
        ctx.bot.rest, ctx.channel_id, limit=settings.max_context_messages, since=since
    )
    if len(lines) < 3:
        await ctx.respond(embed=error_embed("Not enough messages to summarise."))
        return

    transcript = render_transcript(lines)
    anthropic_client = plugin.bot.d.anthropic
    message = await anthropic_client.messages.create(
        model=settings.summary_model,
        max_tokens=900,
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": f"<thread>\n{transcript}\n</thread>"}],
    )
    summary = message.content[0].text if message.content else "(empty)"
    await ctx.respond(embed=answer_embed("Thread summary", summary, footer=f"{len(lines)} messages"))


@plugin.command
@lightbulb.command("TL;DR", "Summarise this message", auto_defer=True, ephemeral=True)
@lightbulb.implements(lightbulb.MessageCommand)
async def tldr_message(ctx: lightbulb.MessageContext) -> None:
    target: hikari.Message = ctx.options.target
    if not target.content or len(target.content) < 200:
        await ctx.respond("That message is already short enough 🙂")
        return
    genai_client = ctx.bot.d.genai
    response = await genai_client.aio.models.generate_content(
        model=ctx.bot.d.settings.gemini_model,
        contents=f"Give a one-sentence TL;DR of this Discord message:\n\n{target.content}",
    )
    await ctx.respond(response.text or "…")


@plugin.command
@lightbulb.option("channel", "Channel to recap", type=hikari.TextableGuildChannel, required=True)
@lightbulb.command("recap", "Recap the last day of a channel (tracked)", auto_defer=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def recap(ctx: lightbulb.SlashContext) -> None:
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)
    lines = await fetch_thread_lines(ctx.bot.rest, ctx.options.channel.id, limit=200, since=since)
    result = await multi_model_service.generate_response(
        render_transcript(lines, limit_chars=20_000),
        task_type="summary",
        complexity=TaskComplexity.AGENTIC,
        system=SUMMARY_SYSTEM,
        max_tokens=1200,
        guild_id=ctx.guild_id,
        user_id=ctx.author.id,
    )
    await ctx.respond(embed=answer_embed(f"Recap of #{ctx.options.channel.name}", result.text))


def load(bot: lightbulb.BotApp) -> None:
    bot.add_plugin(plugin)


def unload(bot: lightbulb.BotApp) -> None:
    bot.remove_plugin(plugin)
