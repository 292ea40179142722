"""Admin commands: status, cost report, reload, ping."""
from __future__ import annotations

import logging
import time

from sopel import plugin

import sopel_llm
from sopel_llm import backends
from sopel_llm.pricing import count_tokens, estimate_cost
from sopel_llm.tracking import llm_tracker

LOGGER = logging.getLogger(__name__)


def setup(bot):
    sopel_llm.configure_section(bot)
    sopel_llm.ensure_clients(bot)


def configure(config):
    config.define_section("llm", sopel_llm.LLMSection)
    for key in ("openai_api_key", "anthropic_api_key", "mistral_api_key", "cohere_api_key",
                "openrouter_api_key"):
        config.llm.configure_setting(key, f"{key} (leave empty to disable)")


@plugin.command("llmstatus")
@plugin.require_admin
def llm_status(bot, trigger):
    clients = bot.memory.get(sopel_llm.MEMORY_KEY) or {}
    bot.reply("clients: " + (", ".join(sorted(clients)) or "none"))
    if "openai" in clients:
        try:
            models = clients["openai"].models.list()
            gpt = [m.id for m in models if m.id.startswith("gpt-4o")]
            bot.reply("openai ok, gpt-4o family: " + ", ".join(sorted(gpt)[:6]))
        except Exception as exc:
            bot.reply(f"openai: {exc}")


@plugin.command("llmcost")
@plugin.require_admin
def llm_cost(bot, trigger):
    rows = llm_tracker.totals()
    if not rows:
        bot.reply("no tracked usage yet")
        return
    total = 0.0
    for provider, model, tin, tout, cost in rows:
        total += cost or 0.0
        bot.say(f"{provider}/{model}: {tin} in / {tout} out = ${cost or 0:.3f}", trigger.nick)
    bot.reply(f"tracked total ${total:.2f} (see PM for breakdown)")


@plugin.command("llmestimate")
def llm_estimate(bot, trigger):
    """Estimate what a prompt would cost: .llmestimate <model> <text>"""
    model = trigger.group(3) or "gpt-4o-mini"
    text = (trigger.group(2) or "").partition(" ")[2]
    n = count_tokens(text, model)
    cost = estimate_cost(model, n, 300)
    bot.reply(f"~{n} tokens in, ~${cost:.5f} with a 300-token answer")


@plugin.command("llmreload")
@plugin.require_owner
def llm_reload(bot, trigger):
    sopel_llm.close_clients(bot)
    bot.memory[sopel_llm.MEMORY_KEY] = sopel_llm.build_clients(bot.settings.llm)
    backends.register_backends(bot)
    bot.reply("LLM clients rebuilt: " + ", ".join(sorted(bot.memory[sopel_llm.MEMORY_KEY])))


@plugin.command("llmping")
@plugin.require_admin
def llm_ping(bot, trigger):
    """Round-trip every backend with a tiny prompt."""
    registry = bot.memory.get(backends.REGISTRY_KEY) or backends.register_backends(bot)
    for name, backend in registry.items():
        start = time.monotonic()
        try:
            reply = backend.complete("Reply with the single word pong.",
                                     [{"role": "user", "content": "ping"}], max_tokens=5)
            status = f"{reply.text.strip()[:10]!r} {reply.model}"
        except Exception as exc:
            status = f"error {type(exc).__name__}"
        bot.say(f"{name}: {status} in {time.monotonic() - start:.2f}s", trigger.nick)


@plugin.command("llmhealth")
@plugin.require_admin
def llm_health(bot, trigger):
    """Older health check; only anthropic, kept because the alerting bot greps its output."""
    client = bot.memory[sopel_llm.MEMORY_KEY]["anthropic"]
    start = time.monotonic()
    client.messages.create(
        model=bot.settings.llm.anthropic_fast_model,
        max_tokens=1,
        messages=[{"role": "user", "content": "ping"}],
    )
    bot.reply(f"HEALTH anthropic OK {time.monotonic() - start:.2f}s")
