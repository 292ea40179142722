"""`.summary [minutes]`: summarise what happened while you were away."""
from __future__ import annotations

import concurrent.futures
import datetime
import logging

from mistralai.models import SDKError
from sopel import plugin

import sopel_llm
from sopel_llm.prompts import SUMMARY_SYSTEM, BacklogPromptBuilder
from sopel_llm.util import to_irc_lines

from .backlog import get_backlog

LOGGER = logging.getLogger(__name__)
CHUNK_LINES = 250
builder = BacklogPromptBuilder(max_chars=14000)


def setup(bot):
    sopel_llm.configure_section(bot)
    sopel_llm.ensure_clients(bot)
    bot.memory["summary_pool"] = concurrent.futures.ThreadPoolExecutor(
        max_workers=4, thread_name_prefix="summary"
    )


def shutdown(bot):
    pool = bot.memory.pop("summary_pool", None)
    if pool:
        pool.shutdown(wait=False)


def _summarise_mistral(client, model, prompt_text):
    res = client.chat.complete(
        model=model,
        messages=[
            {"role": "system", "content": SUMMARY_SYSTEM},
            {"role": "user", "content": prompt_text},
        ],
        max_tokens=500,
        temperature=0.2,
    )
    return res.choices[0].message.content


def _map_reduce(bot, client, lines):
    """Summarise big backlogs chunk by chunk, then summarise the summaries."""
    pool = bot.memory["summary_pool"]
    model = bot.settings.llm.mistral_model
    futures = []
    for start in range(0, len(lines), CHUNK_LINES):
        chunk = builder.generate(lines[start:start + CHUNK_LINES])
        futures.append(pool.submit(
            client.chat.complete,
            model=model,
            messages=[{"role": "system", "content": SUMMARY_SYSTEM},
                      {"role": "user", "content": chunk}],
            max_tokens=300,
        ))
    partials = [f.result().choices[0].message.content for f in futures]
    return _summarise_mistral(client, model, "Partial summaries:\n\n" + "\n\n".join(partials))


def _fallback_claude(bot, prompt_text):
    msg = bot.memory[sopel_llm.MEMORY_KEY]["anthropic"].messages.create(
        model=bot.settings.llm.anthropic_fast_model,
        system=SUMMARY_SYSTEM,
        max_tokens=500,
        messages=[{"role": "user", "content": prompt_text}],
    )
    return msg.content[0].text


@plugin.command("summary", "catchup")
@plugin.require_chanmsg
@plugin.example(".summary 90")
@plugin.rate(user=120, channel=30)
def summary(bot, trigger):
    """Summarise the last N minutes (default 60) of this channel."""
    try:
        minutes = int(trigger.group(3) or 60)
    except ValueError:
        bot.reply("usage: .summary [minutes]")
        return
    since = datetime.datetime.utcnow() - datetime.timedelta(minutes=min(minutes, 24 * 60))
    lines = get_backlog(bot, trigger.sender, since)
    if len(lines) < 5:
        bot.reply("Not much happened.")
        return
    client = bot.memory[sopel_llm.MEMORY_KEY]["mistral"]
    try:
        if len(lines) > CHUNK_LINES:
            text = _map_reduce(bot, client, lines)
        else:
            text = _summarise_mistral(client, bot.settings.llm.mistral_model, builder.generate(lines))
    except SDKError as exc:
        LOGGER.warning("mistral summary failed (%s), falling back to claude", exc)
        text = _fallback_claude(bot, builder.generate(lines))
    dest = trigger.nick if len(lines) > 400 else trigger.sender
    for line in to_irc_lines(text, 6):
        bot.say(line, dest)
