from __future__ import annotations

import asyncio
import logging

from litellm import completion
from litellm.exceptions import RateLimitError

from botkit import CommandContext, command
from botkit.llm import models, prompts
from botkit.llm.clients import async_groq_client
from botkit.llm.completion import summarize_call
from botkit.llm.llm_usage_tracker import llm_tracker
from botkit.utils.text import format_thread, truncate
from slack_bot.slack_api import slack

logger = logging.getLogger(__name__)

FALLBACK_MODEL = "openrouter/mistralai/mistral-nemo"


def _summarize_sync(thread_text: str) -> str:
    messages = [{"role": "user", "content": prompts.THREAD_SUMMARY.format(thread=thread_text)}]
    try:
        response = summarize_call(messages=messages)
    except RateLimitError:
        logger.warning("summary model rate limited, using fallback %s", FALLBACK_MODEL)
        response = completion(
            model=FALLBACK_MODEL,
            messages=messages,
            temperature=0.2,
            max_tokens=600,
        )
    return response.choices[0].message.content or ""


@command("tldr", help="Summarize this thread", platforms=("slack",))
async def tldr(ctx: CommandContext) -> None:
    if not ctx.thread_id:
        await ctx.reply("Run `/tldr` inside a thread.")
        return
    lines = slack.thread(ctx.channel_id, ctx.thread_id)
    thread_text = truncate(format_thread(lines), 20_000)
    summary = await asyncio.to_thread(_summarize_sync, thread_text)
    await ctx.reply(summary)


@command("tldr-fast", help="Summarize the last 50 messages in this channel", platforms=("slack",))
async def tldr_fast(ctx: CommandContext) -> None:
    msgs = slack.history(ctx.channel_id, oldest=0, limit=50)
    thread_text = format_thread((m.get("user", "?"), m.get("text", "")) for m in reversed(msgs))
    groq = async_groq_client()
    async with llm_tracker.track_llm_call(
        provider="groq", model=models.FAST_CHAT, feature_context="slack_tldr_fast"
    ) as usage_log:
        response = await groq.chat.completions.create(
            model=models.FAST_CHAT,
            messages=[{"role": "user", "content": prompts.THREAD_SUMMARY.format(thread=thread_text)}],
            max_tokens=500,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    await ctx.reply(response.choices[0].message.content or "(nothing to summarize)")
