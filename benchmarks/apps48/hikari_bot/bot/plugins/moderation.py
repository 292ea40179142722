from __future__ import annotations

import logging
from collections import defaultdict, deque

import hikari
import lightbulb

from bot.llm.prompts import MODERATION_SYSTEM
from bot.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

plugin = lightbulb.Plugin("Moderation")
plugin.add_checks(lightbulb.guild_only)

FLAG_THRESHOLD = 0.85
_recent: dict[int, deque[str]] = defaultdict(lambda: deque(maxlen=5))


async def _log_to_modlog(event: hikari.GuildMessageCreateEvent, reason: str) -> None:
    channel_id = plugin.bot.d.settings.modlog_channel_id
    if not channel_id:
        return
    embed = hikari.Embed(title="Message flagged", description=event.message.content[:1000], colour=0xFEE75C)
    embed.add_field("Author", event.author.mention, inline=True)
    embed.add_field("Reason", reason, inline=True)
    embed.add_field("Jump", event.message.make_link(event.guild_id), inline=False)
    await plugin.bot.rest.create_message(channel_id, embed=embed)


@plugin.listener(hikari.GuildMessageCreateEvent)
async def on_message(event: hikari.GuildMessageCreateEvent) -> None:
    if event.is_bot or not event.content:
        return
    _recent[event.author_id].append(event.content)

    result = await plugin.bot.d.openai.moderations.create(
        model="omni-moderation-latest",
        input=event.content,
    )
    verdict = result.results[0]
    if verdict.flagged:
        scores = verdict.category_scores.model_dump()
        worst = max(scores, key=scores.get)
        if scores[worst] >= FLAG_THRESHOLD:
            await event.message.delete()
            await _log_to_modlog(event, f"auto-removed: {worst} ({scores[worst]:.2f})")
            return
        await _log_to_modlog(event, f"flagged: {worst} ({scores[worst]:.2f})")
        return

    # cheap spam heuristic first, LLM only for repeated near-duplicates
    history = _recent[event.author_id]
    if len(history) >= 4 and len(set(history)) <= 2:
        label = await classify_spam(event.content)
        if label != "SAFE":
            await _log_to_modlog(event, f"llm label: {label}")


async def classify_spam(text: str) -> str:
    d = plugin.bot.d
    completion = await d.groq.chat.completions.create(
        model=d.settings.fast_model,
        messages=[
            {"role": "system", "content": MODERATION_SYSTEM},
            {"role": "user", "content": text[:2000]},
        ],
        max_tokens=3,
        temperature=0,
    )
    return (completion.choices[0].message.content or "OTHER").strip().upper()


@plugin.command
@lightbulb.add_checks(lightbulb.has_guild_permissions(hikari.Permissions.MANAGE_MESSAGES))
@lightbulb.option("text", "Text to classify", required=True)
@lightbulb.command("modcheck", "Run the moderation classifier on some text", ephemeral=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def modcheck(ctx: lightbulb.SlashContext) -> None:
    d = ctx.bot.d
    async with llm_tracker.track_llm_call(
        provider="groq", model=d.settings.fast_model, feature_context="modcheck", guild_id=ctx.guild_id
    ) as usage_log:
        completion = await d.groq.chat.completions.create(
            model=d.settings.fast_model,
            messages=[
                {"role": "system", "content": MODERATION_SYSTEM},
                {"role": "user", "content": ctx.options.text},
            ],
            max_tokens=3,
        )
        usage_log.input_tokens = completion.usage.prompt_tokens
        usage_log.output_tokens = completion.usage.completion_tokens
    await ctx.respond(f"Label: **{completion.choices[0].message.content}**")


def load(bot: lightbulb.BotApp) -> None:
    bot.add_plugin(plugin)


def unload(bot: lightbulb.BotApp) -> None:
    bot.remove_plugin(plugin)
