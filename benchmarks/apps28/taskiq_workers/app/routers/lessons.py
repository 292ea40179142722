"""Lesson pipeline endpoints: kick tasks, poll results, quick previews."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Request
from openai import AsyncOpenAI
from pydantic import BaseModel
from taskiq import TaskiqResultTimeoutError

from app.dependencies import get_content_store, get_openai_client
from app.services.content_store import ContentStore
from workers.broker import broker
from workers.tasks.embeddings import index_lesson
from workers.tasks.media import collect_preview_video, generate_thumbnail
from workers.tasks.quizzes import generate_quiz
from workers.tasks.summaries import summarize_lesson
from workers.tasks.transcripts import transcribe_lecture
from workers.tasks.translation import translate_lesson

router = APIRouter(prefix="/lessons", tags=["lessons"])


class PipelineRequest(BaseModel):
    transcribe: bool = False
    summarize: bool = True
    quiz: bool = True
    thumbnail_keywords: list[str] = []
    translate_to: list[str] = []
    requested_by: str = "admin"


class Kicked(BaseModel):
    task: str
    task_id: str


@router.post("/{lesson_id}/pipeline", response_model=list[Kicked])
async def run_pipeline(
    lesson_id: str,
    body: PipelineRequest,
    store: Annotated[ContentStore, Depends(get_content_store)],
) -> list[Kicked]:
    lesson = await store.get_lesson(lesson_id)
    labels = {"course_id": lesson.course_id, "requested_by": body.requested_by}
    kicked: list[Kicked] = []

    if body.transcribe:
        # transcription kicks summary + indexing itself once the transcript is clean
        t = await transcribe_lecture.kicker().with_labels(**labels).kiq(lesson_id)
        kicked.append(Kicked(task="transcribe", task_id=t.task_id))
    else:
        if body.summarize:
            t = await summarize_lesson.kicker().with_labels(**labels).kiq(lesson_id)
            kicked.append(Kicked(task="summary", task_id=t.task_id))
        t = await index_lesson.kiq(lesson_id)
        kicked.append(Kicked(task="index", task_id=t.task_id))

    if body.quiz:
        t = await generate_quiz.kicker().with_labels(**labels).kiq(lesson_id, num_questions=8)
        kicked.append(Kicked(task="quiz", task_id=t.task_id))
    if body.thumbnail_keywords:
        t = await generate_thumbnail.kiq(lesson_id, body.thumbnail_keywords)
        kicked.append(Kicked(task="thumbnail", task_id=t.task_id))
    for lang in body.translate_to:
        t = await translate_lesson.kicker().with_labels(**labels).kiq(lesson_id, lang)
        kicked.append(Kicked(task=f"translate:{lang}", task_id=t.task_id))
    return kicked


@router.get("/tasks/{task_id}")
async def task_status(task_id: str) -> dict:
    backend = broker.result_backend
    if not await backend.is_result_ready(task_id):
        return {"ready": False}
    result = await backend.get_result(task_id)
    return {"ready": True, "error": result.is_err, "value": None if result.is_err else result.return_value}


@router.post("/{lesson_id}/quiz:sync")
async def quiz_sync(lesson_id: str, num_questions: int = 5) -> dict:
    """Used by the authoring UI's "try it" button; waits up to 45s for the worker."""
    task = await generate_quiz.kiq(lesson_id, num_questions=num_questions)
    try:
        result = await task.wait_result(timeout=45)
    except TaskiqResultTimeoutError:
        raise HTTPException(status_code=202, detail={"task_id": task.task_id})
    if result.is_err:
        raise HTTPException(status_code=500, detail=str(result.error))
    return result.return_value


class PreviewRequest(BaseModel):
    text: str
    style: str = "short"


@router.post("/preview-summary")
async def preview_summary(
    body: PreviewRequest,
    client: Annotated[AsyncOpenAI, Depends(get_openai_client)],
) -> dict[str, str]:
    """Instant preview while the author is typing; not persisted."""
    if len(body.text) > 20_000:
        raise HTTPException(status_code=413, detail="text too long for preview")
    completion = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": f"Summarise the lesson draft. Style: {body.style}."},
            {"role": "user", "content": body.text},
        ],
        max_tokens=300,
    )
    return {"summary": completion.choices[0].message.content or ""}


# --- Replicate prediction callbacks (moved here from routers/webhooks.py) ---

_SECRET = os.environ.get("REPLICATE_WEBHOOK_SECRET", "")


def _verify(body: bytes, webhook_id: str, timestamp: str, signature: str) -> bool:
    if not _SECRET:
        return True  # dev
    key = base64.b64decode(_SECRET.split("_", 1)[-1])
    signed = f"{webhook_id}.{timestamp}.{body.decode()}".encode()
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return any(hmac.compare_digest(expected, sig.split(",", 1)[-1]) for sig in signature.split())


@router.post("/{lesson_id}/preview-video/callback")
async def replicate_callback(
    lesson_id: str,
    request: Request,
    webhook_id: str = Header(alias="webhook-id"),
    webhook_timestamp: str = Header(alias="webhook-timestamp"),
    webhook_signature: str = Header(alias="webhook-signature"),
) -> dict[str, str]:
    raw = await request.body()
    if not _verify(raw, webhook_id, webhook_timestamp, webhook_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    payload = await request.json()
    task = await collect_preview_video.kiq(lesson_id, payload["id"])
    return {"task_id": task.task_id}
