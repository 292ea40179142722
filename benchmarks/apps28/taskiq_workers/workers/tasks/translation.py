"""Lesson translation. DeepSeek for the bulk of the text, Groq (Llama) as a fallback and for
short UI strings where latency matters."""

from __future__ import annotations

import logging
from typing import Annotated

import openai as openai_sdk
from taskiq import Context, TaskiqDepends

from app.services import llm_tracker
from app.services.content_store import Artefact
from workers.broker import broker
from workers.clients import get_deepseek_client, get_groq_client
from workers.deps import StoreDep
from workers.text import LANGUAGE_NAMES, chunk_text

logger = logging.getLogger(__name__)


def _system(target: str) -> str:
    name = LANGUAGE_NAMES.get(target, target)
    return (
        f"Translate the user's lesson text into {name}. Preserve Markdown, code blocks and "
        "LaTeX exactly. Keep product names in English. Output only the translation."
    )


async def _translate_chunk_streaming(client, model: str, text: str, target: str) -> str:
    stream = await client.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": _system(target)}, {"role": "user", "content": text}],
        stream=True,
        temperature=0.2,
    )
    parts: list[str] = []
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            parts.append(chunk.choices[0].delta.content)
    return "".join(parts)


async def _translate_chunk_groq(text: str, target: str, model: str) -> str:
    groq = get_groq_client()
    resp = await groq.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": _system(target)}, {"role": "user", "content": text}],
        temperature=0.2,
        max_tokens=4096,
    )
    return resp.choices[0].message.content or ""


@broker.task(task_name="content.translation.translate_lesson", retry_on_error=True, timeout=1800)
async def translate_lesson(
    lesson_id: str,
    target_language: str,
    context: Annotated[Context, TaskiqDepends()],
    store: StoreDep,
) -> str:
    settings = context.state.settings
    lesson = await store.get_lesson(lesson_id)
    if lesson.language == target_language:
        return "noop"

    translated: list[str] = []
    for chunk in chunk_text(lesson.body, max_chars=6000, overlap=0):
        try:
            translated.append(
                await _translate_chunk_streaming(context.state.deepseek, settings.deepseek_model, chunk, target_language)
            )
        except (openai_sdk.APITimeoutError, openai_sdk.RateLimitError, openai_sdk.InternalServerError) as exc:
            logger.warning("deepseek failed for %s (%s); using groq", lesson_id, type(exc).__name__)
            translated.append(await _translate_chunk_groq(chunk, target_language, settings.groq_chat_model))

    return await store.create(
        Artefact(
            lesson_id=lesson_id,
            kind="translation",
            payload={"language": target_language, "text": "\n\n".join(translated)},
        )
    )


@broker.task(task_name="content.translation.translate_title")
async def translate_title(lesson_id: str, target_language: str, store: StoreDep) -> str:
    """Titles are tiny but shown everywhere, so they are tracked separately for the finops
    dashboard. Uses the cached client (TODO: move to state like translate_lesson)."""
    lesson = await store.get_lesson(lesson_id)
    client = get_deepseek_client()
    async with llm_tracker.track_llm_call(
        provider="deepseek", model="deepseek-chat", feature_context="title_translation", course_id=lesson.course_id
    ) as usage_log:
        resp = await client.chat.completions.create(
            model="deepseek-chat",
            messages=[
                {"role": "system", "content": _system(target_language) + " The text is a lesson title."},
                {"role": "user", "content": lesson.title},
            ],
            max_tokens=100,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return (resp.choices[0].message.content or lesson.title).strip()
