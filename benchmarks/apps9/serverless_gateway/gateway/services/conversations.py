"""Conversation helpers for the chat UI routes: history compaction, stored
summaries and auto titles.

``compact_history`` was written for the first version of the gateway (before
the providers package existed), hence its own client.
"""
from __future__ import annotations

import os
from typing import Any, Dict, List

from openai import OpenAI

from gateway.providers.clients import async_together_client
from gateway.services.llm_usage_tracker import llm_tracker
from gateway.services.multi_model_service import TaskComplexity, multi_model_service
from gateway.tokens import count_message_tokens

_client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))

SUMMARY_MODEL = "gpt-4o-mini"
KEEP_RECENT_TURNS = 6

_COMPACT_PROMPT = (
    "Summarise the conversation so far for the assistant's own memory. Keep names, numbers, "
    "decisions and open questions. Write in the third person, at most 250 words."
)


def compact_history(messages: List[Dict[str, Any]], context_window: int, reserve: int = 2048) -> List[Dict[str, Any]]:
    if count_message_tokens(messages) + reserve <= context_window:
        return messages

    system = [m for m in messages if m["role"] == "system"]
    turns = [m for m in messages if m["role"] != "system"]
    old, recent = turns[:-KEEP_RECENT_TURNS], turns[-KEEP_RECENT_TURNS:]
    if not old:
        return messages

    transcript = "\n".join(f"{m['role']}: {m.get('content') or ''}" for m in old)
    summary = _client.chat.completions.create(
        model=SUMMARY_MODEL,
        messages=[
            {"role": "system", "content": _COMPACT_PROMPT},
            {"role": "user", "content": transcript},
        ],
        max_tokens=400,
        temperature=0.2,
    )
    note = {
        "role": "system",
        "content": "Earlier conversation (summarised): " + (summary.choices[0].message.content or ""),
    }
    return system + [note] + recent


async def summarize_for_storage(conversation_id: str, messages: List[Dict[str, Any]]) -> str:
    """Short summary stored next to archived conversations (search UI)."""
    transcript = "\n".join(f"{m['role']}: {m.get('content') or ''}" for m in messages[-40:])
    return await multi_model_service.generate_response(
        prompt=f"Summarise this conversation in two sentences.\n\n{transcript}",
        task_type="conversation_summary",
        complexity=TaskComplexity.SIMPLE,
    )

TITLE_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
MAX_TITLE_CHARS = 60


def _clean(title: str) -> str:
    title = title.strip().strip('"').strip("'").splitlines()[0] if title.strip() else ""
    return title[:MAX_TITLE_CHARS] or "New conversation"


async def generate_title(messages: List[Dict[str, Any]], team: str = "platform") -> str:
    first_user = next((m.get("content") or "" for m in messages if m["role"] == "user"), "")
    if not first_user:
        return "New conversation"
    client = async_together_client()
    async with llm_tracker.track_llm_call(
        provider="together", model=TITLE_MODEL, feature_context="conversation_title", team=team
    ) as usage_log:
        resp = await client.chat.completions.create(
            model=TITLE_MODEL,
            messages=[
                {"role": "system", "content": "Write a title of at most six words for this chat. No quotes."},
                {"role": "user", "content": first_user[:2000]},
            ],
            max_tokens=16,
            temperature=0.3,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return _clean(resp.choices[0].message.content or "")
