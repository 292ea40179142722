from __future__ import annotations

import logging

import hikari
import lightbulb

from bot.utils.discord_fmt import answer_embed

log = logging.getLogger(__name__)

plugin = lightbulb.Plugin("Search")


@plugin.command
@lightbulb.option("query", "What are you looking for?", required=True)
@lightbulb.command("search", "Search the community FAQ", auto_defer=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def search(ctx: lightbulb.SlashContext) -> None:
    kb = ctx.bot.d.knowledge
    hits = await kb.search(ctx.options.query, k=4)
    if not hits:
        await ctx.respond("Nothing found in the FAQ.")
        return

    co = ctx.bot.d.cohere
    answer = await co.chat(
        model="command-r-plus-08-2024",
        messages=[{"role": "user", "content": ctx.options.query}],
        documents=[{"id": e.id, "data": {"title": e.title, "snippet": e.body}} for e, _ in hits],
    )
    text = answer.message.content[0].text if answer.message.content else ""
    embed = answer_embed("FAQ answer", text)
    for entry, score in hits:
        embed.add_field(name=f"{entry.title} ({score:.2f})", value=entry.url or entry.body[:120])
    await ctx.respond(embed=embed)


@plugin.command
@lightbulb.option("b", "Second text", required=True)
@lightbulb.option("a", "First text", required=True)
@lightbulb.command("similarity", "How similar are two sentences?", ephemeral=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def similarity(ctx: lightbulb.SlashContext) -> None:
    from bot.services.knowledge import _cosine

    resp = await plugin.bot.d.cohere.embed(
        texts=[ctx.options.a, ctx.options.b],
        model=plugin.bot.d.settings.embed_model,
        input_type="classification",
        embedding_types=["float"],
    )
    a, b = resp.embeddings.float_
    await ctx.respond(f"Cosine similarity: **{_cosine(list(a), list(b)):.3f}**")


@plugin.command
@lightbulb.command("kb-stats", "Knowledge base stats", ephemeral=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def kb_stats(ctx: lightbulb.SlashContext) -> None:
    kb = ctx.bot.d.knowledge
    embedded = sum(1 for e in kb.entries if e.vector)
    await ctx.respond(
        embed=hikari.Embed(title="Knowledge base").add_field("Entries", str(len(kb.entries))).add_field(
            "Embedded", str(embedded)
        )
    )


def load(bot: lightbulb.BotApp) -> None:
    bot.add_plugin(plugin)


def unload(bot: lightbulb.BotApp) -> None:
    bot.remove_plugin(plugin)
