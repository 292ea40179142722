"""v1 nightly digest. Half-migrated to the tracker: `digest_tracked` is the new one."""
from __future__ import annotations

import openai
from anthropic import Anthropic

from assistant.services.llm_usage_tracker import llm_tracker

_client = openai.OpenAI()
_claude = Anthropic()


def digest(subjects: list[str]) -> str:
    listing = "\n".join(f"- {s}" for s in subjects)
    resp = _client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Write a short morning digest of these emails:\n{listing}"}],
    )
    return resp.choices[0].message.content


async def digest_tracked(subjects: list[str]) -> str:
    listing = "\n".join(f"- {s}" for s in subjects)
    async with llm_tracker.track_llm_call(
        provider="anthropic", model="claude-3-5-haiku-20241022", feature_context="daily_digest"
    ) as usage_log:
        msg = _claude.messages.create(
            model="claude-3-5-haiku-20241022",
            max_tokens=500,
            messages=[{"role": "user", "content": f"Write a short morning digest of these emails:\n{listing}"}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


def priority_blurb(subject: str) -> str:
    # Still on the old path: nobody wrapped this one yet.
    msg = _claude.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=60,
        messages=[{"role": "user", "content": f"Why might this be urgent? One sentence: {subject}"}],
    )
    return msg.content[0].text


def moderation_check(text: str) -> bool:
    return openai.moderations.create(model="omni-moderation-latest", input=text).results[0].flagged
