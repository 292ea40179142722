"""`.or <model> <prompt>`: try any model on OpenRouter."""
from __future__ import annotations

import logging
import time

import httpx
from sopel import plugin

import sopel_llm
from sopel_llm.util import to_irc_lines

LOGGER = logging.getLogger(__name__)
MODELS_CACHE_KEY = "openrouter_models"
MODELS_TTL = 3600


def setup(bot):
    sopel_llm.configure_section(bot)
    sopel_llm.ensure_clients(bot)
    bot.memory[MODELS_CACHE_KEY] = (0.0, [])


def _model_ids(bot):
    fetched, ids = bot.memory[MODELS_CACHE_KEY]
    if time.time() - fetched < MODELS_TTL and ids:
        return ids
    client = bot.memory[sopel_llm.MEMORY_KEY]["openrouter"]
    ids = sorted(m.id for m in client.models.list())
    bot.memory[MODELS_CACHE_KEY] = (time.time(), ids)
    return ids


@plugin.command("ormodels")
def or_models(bot, trigger):
    """Search OpenRouter models: .ormodels <substring>"""
    needle = (trigger.group(2) or "").lower()
    matches = [m for m in _model_ids(bot) if needle in m.lower()]
    if not matches:
        bot.reply("no match")
        return
    bot.reply(", ".join(matches[:15]) + (f" (+{len(matches) - 15} more)" if len(matches) > 15 else ""))


@plugin.command("or")
@plugin.example(".or mistralai/mixtral-8x7b-instruct what is a pinger?")
@plugin.rate(user=20)
def or_ask(bot, trigger):
    """Ask a specific OpenRouter model."""
    model = trigger.group(3)
    prompt = (trigger.group(2) or "").partition(" ")[2]
    if not model or not prompt:
        bot.reply("usage: .or <model> <prompt>")
        return
    if model not in _model_ids(bot):
        bot.reply(f"unknown model {model}; see .ormodels")
        return
    client = bot.memory[sopel_llm.MEMORY_KEY]["openrouter"]
    resp = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=300,
    )
    for line in to_irc_lines(resp.choices[0].message.content or "", bot.settings.llm.max_reply_lines):
        bot.say(line)


@plugin.command("orcredits")
@plugin.require_admin
def or_credits(bot, trigger):
    r = httpx.get(
        f"{sopel_llm.OPENROUTER_BASE_URL}/credits",
        headers={"Authorization": f"Bearer {bot.settings.llm.openrouter_api_key}"},
        timeout=10,
    )
    data = r.json().get("data", {})
    bot.reply("used ${:.2f} of ${:.2f}".format(data.get("total_usage", 0), data.get("total_credits", 0)))


@plugin.command("orraw")
@plugin.require_admin
def or_raw(bot, trigger):
    """Debug: raw request with provider routing prefs (the SDK hides the response headers we want)."""
    prompt = trigger.group(2) or "ping"
    r = httpx.post(
        f"{sopel_llm.OPENROUTER_BASE_URL}/chat/completions",
        headers={"Authorization": f"Bearer {bot.settings.llm.openrouter_api_key}"},
        json={
            "model": bot.settings.llm.openrouter_model,
            "messages": [{"role": "user", "content": prompt}],
            "provider": {"order": ["Together", "Fireworks"], "allow_fallbacks": False},
            "max_tokens": 100,
        },
        timeout=30,
    )
    r.raise_for_status()
    body = r.json()
    bot.reply("{} via {}: {}".format(body.get("model"), body.get("provider"),
                                     body["choices"][0]["message"]["content"][:300]))
