"""Admin-only commands: usage, models, pause/resume, provider health checks."""
from __future__ import annotations

import io
import json
import logging

import litellm

from bot.context import CommandContext
from bot.llm.tokens import count_message_tokens, estimate_cost
from bot.router import router
from bot.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


@router.command("models", help="!models — list OpenAI models", admin_only=True, uses_llm=False)
async def models(ctx: CommandContext) -> None:
    page = await ctx.bot.openai.models.list()
    ids = sorted(m.id for m in page.data if m.id.startswith(("gpt", "o1", "o3", "o4")))
    await ctx.reply("```\n" + "\n".join(ids) + "\n```")


@router.command("usage", help="!usage — tracked token usage and cost", admin_only=True, uses_llm=False)
async def usage(ctx: CommandContext) -> None:
    rows = []
    total = 0.0
    for model, (inp, out) in sorted(llm_tracker.totals_by_model().items()):
        cost = estimate_cost(model, inp, out)
        total += cost
        rows.append(f"| {model} | {inp} | {out} | ${cost:.4f} |")
    table = "| model | in | out | cost |\n|---|---|---|---|\n" + "\n".join(rows)
    await ctx.reply(table + f"\n\n**total:** ${total:.4f}")


@router.command("tokens", help="!tokens [model] — how big is this room's context", admin_only=True, uses_llm=False)
async def tokens(ctx: CommandContext) -> None:
    model = ctx.args or ctx.bot.config.default_model
    conv = ctx.bot.store.get(ctx.room_id)
    n = count_message_tokens(conv.messages(), model)
    await ctx.reply(f"{len(conv.turns)} turns, {n} tokens for `{model}`")


@router.command("pause", help="!pause — ignore non-admins in this room", admin_only=True, uses_llm=False)
async def pause(ctx: CommandContext) -> None:
    ctx.bot.paused_rooms.add(ctx.room_id)
    await ctx.react("⏸️")


@router.command("resume", help="!resume", admin_only=True, uses_llm=False)
async def resume(ctx: CommandContext) -> None:
    ctx.bot.paused_rooms.discard(ctx.room_id)
    await ctx.react("▶️")


@router.command("healthcheck", help="!healthcheck — ping every provider", admin_only=True)
async def healthcheck(ctx: CommandContext) -> None:
    lines = []
    for name, provider in sorted(ctx.bot.providers.items()):
        try:
            reply = await provider.complete([{"role": "user", "content": "Say OK."}], max_tokens=3)
            lines.append(f"- {name}: ✅ `{reply.model}` ({reply.input_tokens}+{reply.output_tokens} tok)")
        except Exception as exc:  # noqa: BLE001
            lines.append(f"- {name}: ❌ {type(exc).__name__}: {exc}")
    await ctx.reply("\n".join(lines))


@router.command("price", help="!price <model> <in> <out> — estimate a call's cost", admin_only=True, uses_llm=False)
async def price(ctx: CommandContext) -> None:
    model, inp, out = ctx.args.split()
    cost = litellm.completion_cost(
        model=model,
        prompt="x" * int(inp),
        completion="x" * int(out),
    )
    await ctx.reply(f"≈ ${cost:.5f}")


@router.command("export", help="!export — upload this room's history for fine-tuning", admin_only=True, uses_llm=False)
async def export(ctx: CommandContext) -> None:
    conv = ctx.bot.store.get(ctx.room_id)
    lines = [json.dumps({"messages": conv.messages()})]
    buf = io.BytesIO("\n".join(lines).encode())
    uploaded = await ctx.bot.openai.files.create(file=("history.jsonl", buf), purpose="fine-tune")
    await ctx.reply(f"uploaded as `{uploaded.id}`")


@router.command("ratelimit", help="!ratelimit exempt <user>", admin_only=True, uses_llm=False)
async def ratelimit(ctx: CommandContext) -> None:
    action, _, user = ctx.args.partition(" ")
    if action == "exempt" and user:
        ctx.bot.limiter.exempt.add(user)
        ctx.bot.moderator.allowlist.add(user)
        await ctx.reply(f"{user} is exempt from rate limits and moderation.")
    else:
        await ctx.reply("Usage: `!ratelimit exempt @user:server`")


@router.command("provider-add", help="!provider-add <kind> <model> — register a provider at runtime", admin_only=True, uses_llm=False)
async def provider_add(ctx: CommandContext) -> None:
    from bot.llm.providers import register_provider

    kind, _, model = ctx.args.partition(" ")
    try:
        provider = register_provider(kind, model.strip())
    except ValueError as exc:
        await ctx.reply(str(exc))
        return
    ctx.bot.providers = dict(ctx.bot.providers)
    ctx.bot.providers[f"{kind}:{model.strip()}"] = provider
    await ctx.reply(f"registered `{provider!r}`")


@router.command("moderation", help="!moderation on|off", admin_only=True, uses_llm=False)
async def moderation(ctx: CommandContext) -> None:
    ctx.bot.moderator.enabled = ctx.args.strip().lower() in ("on", "1", "true", "yes")
    await ctx.reply(f"moderation is {'on' if ctx.bot.moderator.enabled else 'off'}")
