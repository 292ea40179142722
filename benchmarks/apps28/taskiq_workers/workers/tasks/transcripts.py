"""Lecture audio -> transcript -> cleaned transcript."""

from __future__ import annotations

import logging
from typing import Annotated

from openai import APIStatusError
from taskiq import Context, TaskiqDepends

from app.services.content_store import Artefact
from workers.broker import broker
from workers.deps import GroqDep, OpenAIDep, StoreDep
from workers.storage import download_bytes
from workers.text import normalise, strip_fillers

logger = logging.getLogger(__name__)

# Whisper on OpenAI caps uploads at 25 MB; Groq's limit is similar but it's much faster.
MAX_AUDIO_BYTES = 25 * 1024 * 1024

CLEANUP_PROMPT = """You are cleaning up an automatic lecture transcript.
Fix punctuation and obvious mis-hearings of technical terms, split into paragraphs,
and remove false starts. Do not summarise and do not add content. Return only the text."""


async def _transcribe(openai, groq, audio: bytes, filename: str, language: str) -> tuple[str, str]:
    try:
        result = await openai.audio.transcriptions.create(
            model="whisper-1",
            file=(filename, audio),
            language=language,
            response_format="text",
        )
        return str(result), "openai"
    except APIStatusError as exc:
        if exc.status_code not in (429, 500, 503):
            raise
        logger.warning("openai transcription unavailable (%s); falling back to groq", exc.status_code)
    result = await groq.audio.transcriptions.create(
        model="whisper-large-v3-turbo",
        file=(filename, audio),
        language=language,
        response_format="json",
    )
    return result.text, "groq"


@broker.task(task_name="content.transcripts.transcribe_lecture", retry_on_error=True, max_retries=2)
async def transcribe_lecture(
    lesson_id: str,
    openai: OpenAIDep,
    groq: GroqDep,
    store: StoreDep,
) -> str:
    lesson = await store.get_lesson(lesson_id)
    if not lesson.audio_key:
        raise ValueError(f"lesson {lesson_id} has no audio")
    audio = await download_bytes(lesson.audio_key)
    if len(audio) > MAX_AUDIO_BYTES:
        # TODO: split with ffmpeg; for now the uploader enforces 25MB
        raise ValueError(f"audio too large: {len(audio)} bytes")

    raw, engine = await _transcribe(openai, groq, audio, lesson.audio_key.rsplit("/", 1)[-1], lesson.language)
    artefact = Artefact(lesson_id=lesson_id, kind="transcript_raw", payload={"text": raw, "engine": engine})
    await store.create(artefact)
    await clean_transcript.kiq(lesson_id, artefact.id)
    return artefact.id


@broker.task(task_name="content.transcripts.clean_transcript")
async def clean_transcript(
    lesson_id: str,
    raw_artefact_id: str,
    context: Annotated[Context, TaskiqDepends()],
    store: StoreDep,
) -> str:
    raw = await store.latest(lesson_id, "transcript_raw")
    if raw is None:
        raise LookupError(raw_artefact_id)
    text = strip_fillers(normalise(raw.payload["text"]))
    settings = context.state.settings

    completion = await context.state.groq.chat.completions.create(
        model=settings.groq_chat_model,
        messages=[
            {"role": "system", "content": CLEANUP_PROMPT},
            {"role": "user", "content": text[:60000]},
        ],
        temperature=0.1,
        max_tokens=8000,
    )
    cleaned = completion.choices[0].message.content or text
    artefact = Artefact(
        lesson_id=lesson_id,
        kind="transcript",
        payload={"text": cleaned, "source": raw_artefact_id, "model": completion.model},
    )
    await store.create(artefact)

    # downstream: index + summary. Imported lazily to avoid circular task imports.
    from workers.tasks.embeddings import index_lesson
    from workers.tasks.summaries import summarize_lesson

    await index_lesson.kiq(lesson_id)
    await summarize_lesson.kicker().with_labels(source="transcript").kiq(lesson_id)
    return artefact.id
