"""!remember / !recall — tiny semantic memory per room, embeddings kept in memory."""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from bot.context import CommandContext
from bot.llm.factory import get_together_client
from bot.router import router


@dataclass
class Memory:
    text: str
    author: str
    vector: list[float]


_MEMORIES: dict[str, list[Memory]] = defaultdict(list)


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


async def embed(bot, texts: list[str]) -> list[list[float]]:
    resp = await bot.openai.embeddings.create(model=bot.config.embedding_model, input=texts)
    return [d.embedding for d in resp.data]


@router.command("remember", help="!remember <fact> — store something for this room")
async def remember(ctx: CommandContext) -> None:
    [vector] = await embed(ctx.bot, [ctx.args])
    _MEMORIES[ctx.room_id].append(Memory(ctx.args, ctx.sender, vector))
    await ctx.react("🧠")


@router.command("recall", help="!recall <query> — find stored facts")
async def recall(ctx: CommandContext) -> None:
    memories = _MEMORIES.get(ctx.room_id)
    if not memories:
        await ctx.reply("Nothing remembered in this room.")
        return
    [q] = await embed(ctx.bot, [ctx.args])
    ranked = sorted(memories, key=lambda m: cosine(q, m.vector), reverse=True)[:5]
    await ctx.reply("\n".join(f"- {m.text} _(by {m.author})_" for m in ranked))


@router.command("similar", help="!similar <a> | <b> — how similar are two sentences (open model)")
async def similar(ctx: CommandContext) -> None:
    a, _, b = ctx.args.partition("|")
    resp = await get_together_client().embeddings.create(
        model="BAAI/bge-large-en-v1.5",
        input=[a.strip(), b.strip()],
    )
    score = cosine(resp.data[0].embedding, resp.data[1].embedding)
    await ctx.reply(f"similarity: **{score:.3f}**")
