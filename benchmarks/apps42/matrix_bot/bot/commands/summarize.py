"""!summarize / !recap — summarize what was said in the room."""
from __future__ import annotations

import logging

import litellm

from bot.context import CommandContext
from bot.llm.prompts import SUMMARIZE_SYSTEM
from bot.router import router
from bot.services.llm_usage_tracker import llm_tracker
from bot.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


def _transcript(ctx: CommandContext, limit: int) -> str:
    return "\n".join(f"{who}: {body}" for who, body in ctx.bot.store.room_log(ctx.room_id, limit))


@router.command("summarize", help="!summarize [n] — summarize the last n messages", aliases=("sum",))
async def summarize(ctx: CommandContext) -> None:
    n = int(ctx.args) if ctx.args.isdigit() else 100
    transcript = _transcript(ctx, n)
    if not transcript:
        await ctx.reply("I haven't seen any messages here yet.")
        return
    summary = await multi_model_service.generate_response(
        prompt=transcript,
        task_type="summarize",
        complexity=TaskComplexity.STANDARD,
        system=SUMMARIZE_SYSTEM,
        room_id=ctx.room_id,
    )
    await ctx.reply(summary)


@router.command("summarize-claude", help="!summarize-claude [n] — same, always Claude (legacy)")
async def summarize_claude(ctx: CommandContext) -> None:
    n = int(ctx.args) if ctx.args.isdigit() else 200
    transcript = _transcript(ctx, n)
    model = ctx.bot.config.claude_model
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="summarize_legacy", room_id=ctx.room_id
    ) as usage_log:
        msg = await ctx.bot.anthropic.messages.create(
            model=model,
            max_tokens=1200,
            system=SUMMARIZE_SYSTEM,
            messages=[{"role": "user", "content": transcript}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    await ctx.reply(msg.content[0].text)


@router.command("recap", help="!recap — what did I miss since my last message?")
async def recap(ctx: CommandContext) -> None:
    log_ = ctx.bot.store.room_log(ctx.room_id, 300)
    # everything after the sender's last message
    idx = max((i for i, (who, _) in enumerate(log_) if who == ctx.display_name), default=-1)
    missed = log_[idx + 1:]
    if len(missed) < 3:
        await ctx.reply("You didn't miss much.")
        return
    text = "\n".join(f"{who}: {body}" for who, body in missed)
    resp = await litellm.acompletion(
        model="anthropic/claude-3-5-haiku-20241022",
        messages=[
            {"role": "system", "content": SUMMARIZE_SYSTEM},
            {"role": "user", "content": text},
        ],
        max_tokens=600,
    )
    await ctx.reply(f"**While you were away:**\n\n{resp.choices[0].message.content}")
