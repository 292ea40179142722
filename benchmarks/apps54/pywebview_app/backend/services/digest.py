"""Weekly digest. New code: goes through the tracked multi_model_service."""
from __future__ import annotations

import time

from backend.llm import TaskComplexity, multi_model_service, prompts
from backend.llm.tracking import llm_tracker
from backend.llm.factories import get_mistral_client
from backend.services.note_store import NoteStore

WEEK = 7 * 24 * 3600


async def weekly_digest(store: NoteStore) -> str:
    cutoff = time.time() - WEEK
    recent = [n for n in store.all() if n.updated >= cutoff]
    if not recent:
        return "No notes this week."
    text = "\n".join(f"- {n.title}: {n.body[:300]}" for n in recent[:40])
    return await multi_model_service.generate_response(
        prompt=prompts.DIGEST_PROMPT.format(notes=text),
        task_type="digest",
        complexity=TaskComplexity.SIMPLE,
    )


async def explain_note(store: NoteStore, note_id: str) -> str:
    note = store.get(note_id)
    if note is None:
        return ""
    return await multi_model_service.generate_response(
        prompt=f"Explain this note simply:\n\n{note.body[:6000]}",
        task_type="chat",
        complexity=TaskComplexity.AGENTIC,
    )


async def related_questions(store: NoteStore, note_id: str) -> list[str]:
    """Legacy path wrapped with the tracker (Mistral is not routed by multi_model_service)."""
    note = store.get(note_id)
    if note is None:
        return []
    client = get_mistral_client()
    async with llm_tracker.track_llm_call(
        provider="mistral", model="mistral-small-latest", feature_context="related_questions"
    ) as usage_log:
        resp = await client.chat.complete_async(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": f"List 3 follow-up questions for:\n{note.body[:4000]}"}],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return [q.strip("-• ").strip() for q in resp.choices[0].message.content.splitlines() if q.strip()]
