from __future__ import annotations

import asyncio
import io
import logging
import time

import hikari
import lightbulb

from bot.llm.tokens import count_claude_tokens, estimate_cost, rough_tokens

log = logging.getLogger(__name__)

plugin = lightbulb.Plugin("Admin")
plugin.add_checks(lightbulb.owner_only)


@plugin.command
@lightbulb.command("models", "List models available on the OpenAI account", ephemeral=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def models(ctx: lightbulb.SlashContext) -> None:
    page = await ctx.bot.d.openai.models.list()
    ids = sorted(m.id for m in page.data if m.id.startswith(("gpt", "o", "dall-e")))
    await ctx.respond("```\n" + "\n".join(ids[:60]) + "\n```")


@plugin.command
@lightbulb.command("usage", "LLM spend per feature", ephemeral=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def usage(ctx: lightbulb.SlashContext) -> None:
    totals = ctx.bot.d.tracker.totals_by_feature()
    if not totals:
        await ctx.respond("No usage recorded yet.")
        return
    lines = [f"{feature:<16} ${cost:8.4f}" for feature, cost in sorted(totals.items(), key=lambda t: -t[1])]
    await ctx.respond("```\n" + "\n".join(lines) + "\n```")


@plugin.command
@lightbulb.option("text", "Text to measure", required=True)
@lightbulb.command("tokens", "Estimate tokens and cost for a prompt", ephemeral=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def tokens(ctx: lightbulb.SlashContext) -> None:
    model = ctx.bot.d.settings.summary_model
    n = await asyncio.to_thread(count_claude_tokens, ctx.options.text, model)
    await ctx.respond(
        f"{n} tokens for {model} (rough: {rough_tokens(ctx.options.text)}), "
        f"≈ ${estimate_cost(model, n, 0):.5f} input"
    )


@plugin.command
@lightbulb.option("file", "JSONL file for the assistant knowledge store", type=hikari.Attachment, required=True)
@lightbulb.command("kb-upload", "Upload a file to the OpenAI files store", ephemeral=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def kb_upload(ctx: lightbulb.SlashContext) -> None:
    att: hikari.Attachment = ctx.options.file
    data = await att.read()
    uploaded = await ctx.bot.d.openai.files.create(file=(att.filename, io.BytesIO(data)), purpose="assistants")
    await ctx.respond(f"Uploaded as `{uploaded.id}` ({uploaded.bytes} bytes)")


@plugin.command
@lightbulb.command("ping-llm", "Health check every provider", auto_defer=True, ephemeral=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def ping_llm(ctx: lightbulb.SlashContext) -> None:
    d = ctx.bot.d
    results: list[str] = []

    t0 = time.perf_counter()
    try:
        await d.anthropic.messages.create(
            model="claude-3-5-haiku-20241022",
            max_tokens=1,
            messages=[{"role": "user", "content": "ping"}],
        )
        results.append(f"anthropic ✅ {(time.perf_counter() - t0) * 1000:.0f} ms")
    except Exception as exc:  # noqa: BLE001
        results.append(f"anthropic ❌ {type(exc).__name__}")

    t0 = time.perf_counter()
    try:
        await d.openai.chat.completions.create(
            model="gpt-4o-mini", max_tokens=1, messages=[{"role": "user", "content": "ping"}]
        )
        results.append(f"openai ✅ {(time.perf_counter() - t0) * 1000:.0f} ms")
    except Exception as exc:  # noqa: BLE001
        results.append(f"openai ❌ {type(exc).__name__}")

    try:
        ok = await d.cohere.check_api_key()
        results.append(f"cohere {'✅' if ok.valid else '❌'} (key check only)")
    except Exception as exc:  # noqa: BLE001
        results.append(f"cohere ❌ {type(exc).__name__}")

    await ctx.respond("\n".join(results))


@plugin.command
@lightbulb.option("extension", "Extension to reload", required=True)
@lightbulb.command("reload", "Reload a plugin", ephemeral=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def reload(ctx: lightbulb.SlashContext) -> None:
    ctx.bot.reload_extensions(f"bot.plugins.{ctx.options.extension}")
    await ctx.respond(f"Reloaded `{ctx.options.extension}`")


@plugin.command
@lightbulb.option("days", "Look-back window in days", type=int, required=False, default=7)
@lightbulb.command("trends", "What was the server busy with?", auto_defer=True, ephemeral=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def trends(ctx: lightbulb.SlashContext) -> None:
    from bot.tasks.scheduler import weekly_trends

    stats: dict[str, int] = {}
    for channel in ctx.bot.cache.get_guild_channels_view_for_guild(ctx.guild_id).values():
        if isinstance(channel, hikari.GuildTextChannel):
            stats[channel.name] = 0
    await ctx.respond(await weekly_trends(ctx.bot, stats) or "No trends.")


def load(bot: lightbulb.BotApp) -> None:
    bot.add_plugin(plugin)


def unload(bot: lightbulb.BotApp) -> None:
    bot.remove_plugin(plugin)
