from __future__ import annotations

import logging

from botkit import CommandContext, command
from botkit.llm import models, prompts
from botkit.llm.clients import groq_client, openrouter_client
from botkit.llm.multi_model_service import TaskComplexity, multi_model_service
from botkit.utils.text import fit_messages, strip_mentions, truncate

logger = logging.getLogger(__name__)

STREAM_FLUSH_CHARS = 400


@command("ask", help="Ask a quick question", platforms=("slack",))
async def ask(ctx: CommandContext) -> None:
    question = strip_mentions(ctx.text)
    if not question:
        await ctx.reply("Usage: `/ask <question>`")
        return
    client = groq_client()
    resp = client.chat.completions.create(
        model=models.FAST_CHAT,
        messages=[
            {"role": "system", "content": prompts.SYSTEM_DEFAULT},
            {"role": "user", "content": question},
        ],
        temperature=0.3,
        max_tokens=700,
    )
    await ctx.reply(truncate(resp.choices[0].message.content or "(no answer)"))


@command("explain", help="Longer answer, streamed into the thread", platforms=("slack",))
async def explain(ctx: CommandContext) -> None:
    history = ctx.extras.get("history", [])
    messages = [{"role": "system", "content": prompts.SYSTEM_DEFAULT}, *history,
                {"role": "user", "content": ctx.text}]
    messages = fit_messages(f"groq/{models.SMART_CHAT}", messages)

    stream = groq_client().chat.completions.create(
        model=models.SMART_CHAT, messages=messages, stream=True, max_tokens=2000
    )
    buf = ""
    for chunk in stream:
        delta = chunk.choices[0].delta.content or ""
        buf += delta
        if len(buf) >= STREAM_FLUSH_CHARS:
            await ctx.reply(buf)
            buf = ""
    if buf:
        await ctx.reply(buf)


@command("think", help="Hard questions, uses a reasoning model (slow)", platforms=("slack",))
async def think(ctx: CommandContext) -> None:
    await ctx.reply(":hourglass_flowing_sand: thinking…")
    completion = openrouter_client().chat.completions.create(
        model=models.OR_REASONING,
        messages=[{"role": "user", "content": ctx.text}],
        extra_body={"include_reasoning": False},
    )
    answer = completion.choices[0].message.content
    logger.info("think: %s tokens", completion.usage.total_tokens if completion.usage else "?")
    await ctx.reply(truncate(answer or "(empty)"))


@command("howto", help="How do I … at Acme?", platforms=("slack",))
async def howto(ctx: CommandContext) -> None:
    answer = await multi_model_service.generate_response(
        prompt=ctx.text,
        task_type="slack_howto",
        complexity=TaskComplexity.SIMPLE,
        system=prompts.SYSTEM_DEFAULT,
    )
    await ctx.reply(truncate(answer))
