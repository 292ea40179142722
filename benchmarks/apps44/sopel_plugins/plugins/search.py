"""`.recall <query>`: semantic search over recent channel history."""
from __future__ import annotations

import logging

from sopel import plugin

import sopel_llm
from sopel_llm.embeddings import EmbeddingIndex

LOGGER = logging.getLogger(__name__)
INDEX_KEY = "llm_recall_index"
RERANK_MODEL = "rerank-english-v3.0"


def setup(bot):
    sopel_llm.configure_section(bot)
    clients = sopel_llm.ensure_clients(bot)
    if "openai" in clients:
        bot.memory[INDEX_KEY] = EmbeddingIndex(clients["openai"], batch_size=48)


def shutdown(bot):
    bot.memory.pop(INDEX_KEY, None)


def rerank(co, query, entries, top_n=3):
    docs = [f"<{e.nick}> {e.text}" for e in entries]
    result = co.rerank(model=RERANK_MODEL, query=query, documents=docs, top_n=top_n)
    return [(entries[r.index], r.relevance_score) for r in result.results]


@plugin.command("recall")
@plugin.require_chanmsg
@plugin.example(".recall who fixed the CI cache")
@plugin.rate(user=20)
def recall(bot, trigger):
    """Find what was said about something recently."""
    query = trigger.group(2)
    index = bot.memory.get(INDEX_KEY)
    if not query or index is None:
        bot.reply("usage: .recall <query>")
        return
    index.flush()
    candidates = index.search(str(trigger.sender), query, limit=25)
    if not candidates:
        bot.reply("Nothing found.")
        return
    co = bot.memory[sopel_llm.MEMORY_KEY].get("cohere")
    if co is not None:
        hits = rerank(co, query, candidates)
    else:
        hits = [(e, None) for e in candidates[:3]]
    for entry, score in hits:
        suffix = f" ({score:.2f})" if score is not None else ""
        bot.say(f"<{entry.nick}> {entry.text[:300]}{suffix}")


@plugin.command("recallsize")
def recall_size(bot, trigger):
    index = bot.memory.get(INDEX_KEY)
    bot.reply(f"{len(index) if index else 0} messages indexed")
