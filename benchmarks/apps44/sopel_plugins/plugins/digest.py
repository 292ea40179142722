"""Daily digest posted to each channel in [digest] channels."""
from __future__ import annotations

import asyncio
import datetime
import logging

from sopel import plugin

import sopel_llm
from sopel_llm.config import DigestSection
from sopel_llm.multi_model_service import TaskComplexity, multi_model_service
from sopel_llm.prompts import DIGEST_SYSTEM, BacklogPromptBuilder
from sopel_llm.tracking import llm_tracker
from sopel_llm.util import to_irc_lines

from .backlog import get_backlog

LOGGER = logging.getLogger(__name__)
LAST_RUN_KEY = "digest_last_run"
builder = BacklogPromptBuilder(max_chars=30000, header="Yesterday's log:")


def setup(bot):
    sopel_llm.configure_section(bot)
    bot.settings.define_section("digest", DigestSection)
    sopel_llm.ensure_clients(bot)
    bot.memory[LAST_RUN_KEY] = None


async def _claude_digest(client, model, channel, log_text):
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="daily_digest"
    ) as usage_log:
        response = await client.messages.create(
            model=model,
            max_tokens=600,
            system=DIGEST_SYSTEM.format(channel=channel),
            messages=[{"role": "user", "content": log_text}],
        )
        usage_log.input_tokens = response.usage.input_tokens
        usage_log.output_tokens = response.usage.output_tokens
    return response.content[0].text


async def _thread_titles(aclient, model, threads):
    """Give each topic cluster a 3-5 word title."""
    async def title(lines):
        res = await aclient.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": "Title this IRC thread in 3-5 words:\n" + "\n".join(lines)}],
            max_tokens=16,
        )
        return res.choices[0].message.content.strip().strip('"')

    return await asyncio.gather(*(title(t) for t in threads))


def _cluster_topics(co, texts, k=4):
    """Very rough topic grouping: embed, then greedy nearest-centroid."""
    resp = co.embed(
        texts=texts,
        model="embed-english-v3.0",
        input_type="clustering",
        embedding_types=["float"],
    )
    vectors = resp.embeddings.float_
    centroids = vectors[:: max(1, len(vectors) // k)][:k]
    groups = [[] for _ in centroids]
    for text, vec in zip(texts, vectors):
        best = max(range(len(centroids)), key=lambda i: sum(a * b for a, b in zip(vec, centroids[i])))
        groups[best].append(text)
    return [g for g in groups if g]


def _headline(co, model, digest_text):
    res = co.chat(
        model=model,
        messages=[{"role": "user", "content": "One-line headline (max 12 words) for this digest:\n" + digest_text}],
        max_tokens=30,
    )
    return res.message.content[0].text.strip()


def build_digest(bot, channel):
    since = datetime.datetime.utcnow() - datetime.timedelta(days=1)
    lines = get_backlog(bot, channel, since)
    if len(lines) < bot.settings.digest.min_messages:
        return None
    clients = bot.memory[sopel_llm.MEMORY_KEY]
    log_text = builder.generate(lines)

    if "anthropic_async" in clients:
        body = asyncio.run(_claude_digest(
            clients["anthropic_async"], bot.settings.llm.anthropic_model, channel, log_text
        ))
    else:
        body = asyncio.run(multi_model_service.generate_response(
            prompt=log_text,
            task_type="digest",
            complexity=TaskComplexity.MODERATE,
            system=DIGEST_SYSTEM.format(channel=channel),
            max_tokens=600,
        ))

    topics = []
    if "cohere" in clients and "openai_async" in clients:
        threads = _cluster_topics(clients["cohere"], [f"<{l.nick}> {l.text}" for l in lines][-400:])
        topics = asyncio.run(_thread_titles(clients["openai_async"], bot.settings.llm.openai_model, threads))

    headline = _headline(clients["cohere"], bot.settings.llm.cohere_model, body) if "cohere" in clients else None
    return headline, body, topics


def post_digest(bot, channel):
    result = build_digest(bot, channel)
    if result is None:
        return False
    headline, body, topics = result
    bot.say(f"Daily digest for {channel}" + (f": {headline}" if headline else ""), channel)
    for line in to_irc_lines(body, 8):
        bot.say(line, channel)
    if topics:
        bot.say("Topics: " + " | ".join(topics), channel)
    return True


@plugin.interval(300)
def digest_tick(bot):
    now = datetime.datetime.utcnow()
    last = bot.memory.get(LAST_RUN_KEY)
    if now.hour != bot.settings.digest.hour_utc or (last and last.date() == now.date()):
        return
    bot.memory[LAST_RUN_KEY] = now
    for channel in bot.settings.digest.channels:
        if channel not in bot.channels:
            continue
        try:
            post_digest(bot, channel)
        except Exception:
            LOGGER.exception("digest for %s failed", channel)


@plugin.command("digest")
@plugin.require_chanmsg
@plugin.require_privilege(plugin.OP, "Ops only; the digest is posted daily anyway.")
def digest_now(bot, trigger):
    if not post_digest(bot, trigger.sender):
        bot.reply("Not enough activity for a digest.")
