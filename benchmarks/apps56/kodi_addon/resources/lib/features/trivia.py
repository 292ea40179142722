# -*- coding: utf-8 -*-
"""Pop-up trivia during playback (the service shows one every N minutes)."""
import asyncio

from resources.lib import kodiutils
from resources.lib.ai import clients
from resources.lib.ai.retry import with_retry
from resources.lib.services.llm_usage_tracker import llm_tracker
from resources.lib.services.multi_model_service import TaskComplexity, multi_model_service

TRIVIA_PROMPT = (
    "Give one short, surprising, spoiler-free piece of behind-the-scenes trivia about {title}. "
    "Max 25 words. No preamble."
)


def trivia_for(title):
    """New path: tracked through the multi model service."""
    return multi_model_service.generate_response_sync(
        TRIVIA_PROMPT.format(title=title),
        task_type="trivia",
        complexity=TaskComplexity.SIMPLE,
        max_tokens=80,
    )


def trivia_batch_legacy(titles):
    """Old path used by the 'trivia pack' download; wraps each call in the tracker."""

    async def _run():
        client = clients.get_anthropic_client()
        model = clients.model_for("anthropic")
        out = {}
        for title in titles:
            async with llm_tracker.track_llm_call(
                provider="anthropic", model=model, feature_context="trivia_pack"
            ) as usage_log:
                msg = client.messages.create(
                    model=model,
                    max_tokens=80,
                    messages=[{"role": "user", "content": TRIVIA_PROMPT.format(title=title)}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
            out[title] = msg.content[0].text
        return out

    return asyncio.run(_run())


def quick_trivia(title):
    """Used from the OSD context menu; must be fast, so Haiku with retries and no tracking (yet)."""
    client = clients.get_anthropic_client()
    msg = with_retry(
        client.messages.create,
        model="claude-3-5-haiku-latest",
        max_tokens=60,
        messages=[{"role": "user", "content": TRIVIA_PROMPT.format(title=title)}],
    )
    text = msg.content[0].text.strip()
    kodiutils.log("trivia for {}: {}".format(title, text))
    return text
