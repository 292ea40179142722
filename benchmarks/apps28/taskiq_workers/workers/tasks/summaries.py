"""Lesson summaries and key-takeaway cards (Claude)."""

from __future__ import annotations

import json
import logging
from typing import Annotated

from anthropic import AsyncAnthropic
from taskiq import Context, TaskiqDepends

from app.services import llm_tracker
from app.services.content_store import Artefact, Lesson
from workers.broker import broker
from workers.deps import AnthropicDep, StoreDep, course_labels

logger = logging.getLogger(__name__)

SUMMARY_SYSTEM = (
    "You write concise lesson summaries for adult learners. Use plain language, keep technical "
    "terms, and never invent facts that are not in the lesson."
)

CARDS_TOOL = {
    "name": "emit_cards",
    "description": "Return 3-6 key takeaway cards for the lesson.",
    "input_schema": {
        "type": "object",
        "properties": {
            "cards": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"title": {"type": "string"}, "body": {"type": "string"}},
                    "required": ["title", "body"],
                },
            }
        },
        "required": ["cards"],
    },
}

# Claude's context is big, but long transcripts get expensive; above this we summarise the
# transcript in sections first.
SECTION_THRESHOLD_TOKENS = 40_000


def _lesson_prompt(lesson: Lesson, source_text: str) -> str:
    return f"<lesson title=\"{lesson.title}\">\n{source_text}\n</lesson>\n\nSummarise this lesson in 150-250 words."


async def _source_text(store, lesson: Lesson) -> str:
    transcript = await store.latest(lesson.id, "transcript")
    if transcript is not None:
        return transcript.payload["text"]
    return lesson.body


async def _too_long(client: AsyncAnthropic, model: str, text: str) -> bool:
    counted = await client.messages.count_tokens(
        model=model,
        messages=[{"role": "user", "content": text}],
    )
    return counted.input_tokens > SECTION_THRESHOLD_TOKENS


@broker.task(task_name="content.summaries.summarize_lesson", retry_on_error=True)
async def summarize_lesson(
    lesson_id: str,
    anthropic: AnthropicDep,
    store: StoreDep,
    labels: Annotated[dict, TaskiqDepends(course_labels)],
    context: Annotated[Context, TaskiqDepends()],
) -> str:
    settings = context.state.settings
    lesson = await store.get_lesson(lesson_id)
    text = await _source_text(store, lesson)

    if await _too_long(anthropic, settings.summary_model, text):
        await summarize_long_lesson.kiq(lesson_id)
        return "deferred"

    message = await anthropic.messages.create(
        model=settings.summary_model,
        max_tokens=1024,
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": _lesson_prompt(lesson, text)}],
        metadata={"user_id": labels.get("requested_by", "pipeline")},
    )
    summary = "".join(block.text for block in message.content if block.type == "text")
    artefact_id = await store.create(
        Artefact(lesson_id=lesson_id, kind="summary", payload={"text": summary, "model": message.model})
    )
    await make_takeaway_cards.kiq(lesson_id)
    return artefact_id


@broker.task(task_name="content.summaries.summarize_long_lesson", timeout=900)
async def summarize_long_lesson(
    lesson_id: str,
    context: Annotated[Context, TaskiqDepends()],
    store: StoreDep,
) -> str:
    """Map-reduce over sections with streaming so we can log progress on very long lectures."""
    from workers.text import chunk_text

    client: AsyncAnthropic = context.state.anthropic
    model = context.state.settings.summary_model
    lesson = await store.get_lesson(lesson_id)
    sections = chunk_text(await _source_text(store, lesson), max_chars=60_000, overlap=0)

    partials: list[str] = []
    for idx, section in enumerate(sections):
        async with client.messages.stream(
            model=model,
            max_tokens=800,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": f"Section {idx + 1}/{len(sections)}:\n\n{section}\n\nSummarise this section."}],
        ) as stream:
            async for _ in stream.text_stream:
                pass
            final = await stream.get_final_message()
        partials.append("".join(b.text for b in final.content if b.type == "text"))
        logger.info("lesson %s section %d/%d summarised", lesson_id, idx + 1, len(sections))

    # final reduce goes through the tracker (this one is the expensive call)
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="summary_reduce", course_id=lesson.course_id
    ) as usage_log:
        reduced = await client.messages.create(
            model=model,
            max_tokens=1024,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": "Combine these section summaries into one lesson summary:\n\n" + "\n\n".join(partials)}],
        )
        usage_log.input_tokens = reduced.usage.input_tokens
        usage_log.output_tokens = reduced.usage.output_tokens

    summary = reduced.content[0].text
    return await store.create(Artefact(lesson_id=lesson_id, kind="summary", payload={"text": summary, "sections": len(sections)}))


@broker.task(task_name="content.summaries.make_takeaway_cards")
async def make_takeaway_cards(lesson_id: str, anthropic: AnthropicDep, store: StoreDep) -> int:
    summary = await store.latest(lesson_id, "summary")
    if summary is None:
        return 0
    lesson = await store.get_lesson(lesson_id)
    response = await anthropic.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=1500,
        tools=[CARDS_TOOL],
        tool_choice={"type": "tool", "name": "emit_cards"},
        messages=[
            {
                "role": "user",
                "content": f"Lesson: {lesson.title}\n\nSummary:\n{summary.payload['text']}",
            }
        ],
    )
    cards = []
    for block in response.content:
        if block.type == "tool_use" and block.name == "emit_cards":
            cards = block.input.get("cards", [])
    await store.create(Artefact(lesson_id=lesson_id, kind="cards", payload={"cards": cards}))
    logger.debug("cards: %s", json.dumps(cards)[:500])
    return len(cards)
