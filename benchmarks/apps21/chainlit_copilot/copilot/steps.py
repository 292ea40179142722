"""Pipeline steps shown in the Chainlit UI as collapsible steps."""
from __future__ import annotations

import logging
from typing import Any

import chainlit as cl

from copilot.config import settings
from copilot.prompts import INTENT_PROMPT, REWRITE_PROMPT
from copilot.providers import get_cerebras, get_groq
from copilot.services import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

INTENTS = {
    "policy_lookup", "coverage_question", "claim_summary", "quote",
    "email_draft", "underwriting", "smalltalk", "other",
}


@cl.step(type="llm", name="Classify intent")
async def classify_intent(question: str) -> str:
    groq = get_groq()
    completion = await groq.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": INTENT_PROMPT.format(question=question)}],
        temperature=0,
        max_tokens=8,
    )
    label = (completion.choices[0].message.content or "other").strip().lower()
    return label if label in INTENTS else "other"


@cl.step(type="llm", name="Rewrite query")
async def rewrite_query(question: str, history: list[dict[str, Any]]) -> str:
    transcript = "\n".join(f"{m['role']}: {m['content']}" for m in history[-6:] if m["role"] != "system")
    if not transcript:
        return question
    client = get_cerebras()
    resp = await client.chat.completions.create(
        model=settings.cerebras_model,
        messages=[{"role": "user", "content": REWRITE_PROMPT.format(history=transcript, question=question)}],
        temperature=0,
    )
    return (resp.choices[0].message.content or question).strip()


@cl.step(type="llm", name="Smalltalk")
async def smalltalk_reply(question: str) -> str:
    # cheap path, goes through the tracked service
    return await multi_model_service.generate_response(
        prompt=question,
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
        system="You are a friendly assistant for insurance agents. One or two sentences.",
        session_id=cl.context.session.id,
    )


async def show_sources(sources: list[dict[str, Any]]) -> None:
    async with cl.Step(name="Sources", type="retrieval") as step:
        step.input = f"{len(sources)} excerpts"
        step.output = "\n".join(f"[{i + 1}] {s['title']} (p.{s.get('page', '?')})" for i, s in enumerate(sources))
