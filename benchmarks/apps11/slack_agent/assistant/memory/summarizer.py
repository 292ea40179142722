"""Thread summaries on the local Ollama box.

Summaries are cheap and frequent (every long thread gets compacted), so they run on the
self-hosted model. If Ollama is down we fall back to the litellm router.
"""
from __future__ import annotations

import logging
from typing import List, Optional

import ollama

from assistant.config import get_settings
from assistant.llm.clients import async_ollama_client
from assistant.llm.fallback import routed_completion
from assistant.memory.store import ConversationStore, Turn

log = logging.getLogger(__name__)

SUMMARY_SYSTEM = (
    "You compress Slack conversations. Write a terse summary that keeps decisions, owners, "
    "dates, numbers, links and open questions. No preamble."
)

KEEP_RECENT = 8


def _render(turns: List[Turn]) -> str:
    lines = []
    for t in turns:
        text = t.content if isinstance(t.content, str) else _flatten_blocks(t.content)
        who = t.user or t.role
        lines.append(f"{who}: {text}")
    return "\n".join(lines)


def _flatten_blocks(blocks) -> str:
    parts = []
    for b in blocks or []:
        if isinstance(b, dict):
            if b.get("type") == "text":
                parts.append(b.get("text", ""))
            elif b.get("type") == "tool_result":
                parts.append("[tool result]")
    return " ".join(parts)


async def summarize_turns(turns: List[Turn], previous: Optional[str] = None) -> str:
    transcript = _render(turns)
    if previous:
        transcript = f"Earlier summary:\n{previous}\n\nNew messages:\n{transcript}"
    model = get_settings().models.local_model
    try:
        response = await async_ollama_client().chat(
            model=model,
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM},
                {"role": "user", "content": transcript},
            ],
            options={"temperature": 0.1, "num_ctx": 8192},
        )
        return response.message.content.strip()
    except (ollama.ResponseError, ConnectionError) as exc:
        log.warning("ollama summary failed (%s), using router", exc)
        return await routed_completion(
            [
                {"role": "system", "content": SUMMARY_SYSTEM},
                {"role": "user", "content": transcript},
            ],
            alias="assistant-fast",
            max_tokens=400,
        )


async def compact_thread(store: ConversationStore, channel: str, thread_ts: str) -> bool:
    """Fold everything but the last few turns into the running summary."""
    turns = await store.history(channel, thread_ts)
    if len(turns) <= KEEP_RECENT * 2:
        return False
    old, recent = turns[:-KEEP_RECENT], turns[-KEEP_RECENT:]
    # keep tool_use/tool_result pairs together: never start the recent slice on a tool result
    while recent and recent[0].role != "user":
        old.append(recent.pop(0))
    previous = await store.get_summary(channel, thread_ts)
    summary = await summarize_turns(old, previous)
    await store.set_summary(channel, thread_ts, summary)
    await store.replace(channel, thread_ts, recent)
    log.info("compacted %s/%s: %d turns folded", channel, thread_ts, len(old))
    return True


def one_line_title(text: str) -> str:
    """Short title for a thread, used in the App Home list. Sync: called from RQ jobs too."""
    settings = get_settings()
    result = ollama.Client(host=settings.ollama_host).generate(
        model=settings.models.local_model,
        system="Give a 3-8 word title for this conversation. Output only the title.",
        prompt=text[:4000],
        options={"temperature": 0.2, "num_predict": 24},
    )
    return result.response.strip().strip('"')
