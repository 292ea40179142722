"""`ai why` - explain the most recent error in the user journal.

Added by @rtoma; uses Groq's async client directly because it wanted to run
the journal read and the request concurrently. The tracked variant is used
when usage tracking is on.
"""
from __future__ import annotations

import asyncio
import logging
import subprocess
from typing import List

from groq import AsyncGroq

from .cache import answer_cache
from .clients import ClientPool
from .tracking import llm_tracker

log = logging.getLogger(__name__)

SYSTEM = (
    "You are a Linux desktop support assistant. Given journal lines, explain the most "
    "likely cause of the error in two sentences and suggest one fix."
)


async def read_journal(lines: int = 40) -> List[str]:
    proc = await asyncio.create_subprocess_exec(
        "journalctl", "--user", "-p", "err", "-n", str(lines), "--no-pager", "-o", "short",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
    )
    out, _ = await proc.communicate()
    return out.decode(errors="replace").splitlines()


async def explain_journal(api_key: str, model: str = "llama-3.3-70b-versatile") -> str:
    lines = await read_journal()
    if not lines:
        return "No recent errors in the user journal."
    joined = "\n".join(lines[-40:])
    key = answer_cache.key("groq", model, joined)
    cached = answer_cache.get(key)
    if cached:
        return cached
    client = AsyncGroq(api_key=api_key)
    chat = await client.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": joined}],
        max_tokens=200,
    )
    text = chat.choices[0].message.content or ""
    answer_cache.put(key, text)
    return text


async def explain_journal_tracked(pool: ClientPool) -> str:
    lines = await read_journal()
    if not lines:
        return "No recent errors in the user journal."
    model = "llama-3.3-70b-versatile"
    async with llm_tracker.track_llm_call(provider="groq", model=model, feature_context="journal") as usage_log:
        resp = pool.groq.chat.completions.create(
            model=model,
            messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": "\n".join(lines)}],
            max_tokens=200,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content or ""


def explain_last_error(pool: ClientPool) -> str:
    if pool.settings.tracking:
        return asyncio.run(explain_journal_tracked(pool))
    return asyncio.run(explain_journal(pool.settings.key_for("groq")))


def systemctl_failed() -> List[str]:
    out = subprocess.run(["systemctl", "--user", "--failed", "--plain", "--no-legend"],
                         capture_output=True, text=True)
    return [line.split()[0] for line in out.stdout.splitlines() if line.strip()]
