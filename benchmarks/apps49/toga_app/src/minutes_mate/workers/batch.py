"""Re-summarise a backlog of meetings (Tools > Re-run summaries)."""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

from minutes_mate.services.clients import get_anthropic_client
from minutes_mate.services.llm_usage_tracker import llm_tracker
from minutes_mate.utils.prompts import SUMMARY_SYSTEM

log = logging.getLogger(__name__)


def resummarise(meetings: list[tuple[int, str]], workers: int = 4) -> dict[int, str]:
    client = get_anthropic_client()
    out: dict[int, str] = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(
                client.messages.create,
                model="claude-3-5-haiku-20241022",
                max_tokens=1200,
                system=SUMMARY_SYSTEM,
                messages=[{"role": "user", "content": transcript}],
            ): meeting_id
            for meeting_id, transcript in meetings
        }
        for fut in as_completed(futures):
            msg = fut.result()
            out[futures[fut]] = msg.content[0].text
    return out


async def resummarise_tracked(meetings: list[tuple[int, str]]) -> dict[int, str]:
    """Same as above but logged; slower (sequential) until the tracker is thread-safe."""
    from minutes_mate.services.clients import get_async_anthropic_client

    client = get_async_anthropic_client()
    out: dict[int, str] = {}
    for meeting_id, transcript in meetings:
        async with llm_tracker.track_llm_call(
            provider="anthropic",
            model="claude-3-5-haiku-20241022",
            feature_context="resummarise",
        ) as usage_log:
            msg = await client.messages.create(
                model="claude-3-5-haiku-20241022",
                max_tokens=1200,
                system=SUMMARY_SYSTEM,
                messages=[{"role": "user", "content": transcript}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        out[meeting_id] = msg.content[0].text
    return out
