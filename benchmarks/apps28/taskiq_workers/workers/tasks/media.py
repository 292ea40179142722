"""Course media: thumbnails, narrated intros, animated previews."""

from __future__ import annotations

import asyncio
import base64
import logging
from typing import Annotated

import httpx
import replicate
from taskiq import Context, TaskiqDepends

from app.services.content_store import Artefact
from workers.broker import broker
from workers.deps import OpenAIDep, ReplicateDep, StoreDep
from workers.storage import public_url, upload_bytes

logger = logging.getLogger(__name__)

THUMBNAIL_STYLE = "flat vector illustration, soft pastel palette, no text, centered subject, 16:9"
UPSCALER = "nightmareai/real-esrgan"
PREVIEW_MODEL = "minimax/video-01"


def _thumbnail_prompt(title: str, keywords: list[str]) -> str:
    return f"{title}. Visual motifs: {', '.join(keywords[:5])}. {THUMBNAIL_STYLE}"


async def _fetch(http: httpx.AsyncClient, url: str) -> bytes:
    resp = await http.get(url, follow_redirects=True)
    resp.raise_for_status()
    return resp.content


@broker.task(task_name="content.media.generate_thumbnail", retry_on_error=True, max_retries=2)
async def generate_thumbnail(
    lesson_id: str,
    keywords: list[str],
    context: Annotated[Context, TaskiqDepends()],
    store: StoreDep,
    upscale: bool = False,
) -> str:
    settings = context.state.settings
    rc: replicate.Client = context.state.replicate
    lesson = await store.get_lesson(lesson_id)

    output = await rc.async_run(
        settings.thumbnail_model,
        input={"prompt": _thumbnail_prompt(lesson.title, keywords), "aspect_ratio": "16:9", "num_outputs": 1},
    )
    image_url = str(output[0])

    if upscale:
        # The upscaler is slow and we don't care about latency here: run the blocking
        # module-level client in a thread so the event loop keeps serving other tasks.
        upscaled = await asyncio.to_thread(replicate.run, UPSCALER, input={"image": image_url, "scale": 2})
        image_url = str(upscaled)

    data = await _fetch(context.state.http, image_url)
    key = f"thumbnails/{lesson.course_id}/{lesson_id}.webp"
    await upload_bytes(key, data, "image/webp")
    await store.create(Artefact(lesson_id=lesson_id, kind="thumbnail", payload={"key": key, "url": public_url(key)}))
    return key


@broker.task(task_name="content.media.generate_cover_art")
async def generate_cover_art(course_id: str, title: str, openai: OpenAIDep) -> str:
    """Course-level cover; marketing prefers gpt-image-1 for these."""
    result = await openai.images.generate(
        model="gpt-image-1",
        prompt=f"Cover art for an online course titled '{title}'. {THUMBNAIL_STYLE}",
        size="1536x1024",
        quality="medium",
        n=1,
    )
    data = base64.b64decode(result.data[0].b64_json)
    key = f"covers/{course_id}.png"
    await upload_bytes(key, data, "image/png")
    return public_url(key)


@broker.task(task_name="content.media.narrate_intro")
async def narrate_intro(lesson_id: str, openai: OpenAIDep, store: StoreDep, voice: str = "alloy") -> str:
    summary = await store.latest(lesson_id, "summary")
    if summary is None:
        raise LookupError(f"no summary for {lesson_id}")
    speech = await openai.audio.speech.create(
        model="tts-1",
        voice=voice,
        input=summary.payload["text"][:4000],
        response_format="mp3",
    )
    key = f"narration/{lesson_id}.mp3"
    await upload_bytes(key, speech.content, "audio/mpeg")
    return key


@broker.task(task_name="content.media.start_preview_video", timeout=60)
async def start_preview_video(lesson_id: str, prompt: str, rc: ReplicateDep, webhook_url: str) -> str:
    """Video takes minutes; we create the prediction and let Replicate call us back."""
    model = await rc.models.async_get(PREVIEW_MODEL)
    logger.info("preview model %s latest version %s", PREVIEW_MODEL, model.latest_version.id if model.latest_version else "?")
    prediction = await rc.predictions.async_create(
        model=PREVIEW_MODEL,
        input={"prompt": prompt, "prompt_optimizer": True},
        webhook=webhook_url,
        webhook_events_filter=["completed"],
    )
    return prediction.id


@broker.task(task_name="content.media.collect_preview_video")
async def collect_preview_video(lesson_id: str, prediction_id: str, rc: ReplicateDep, store: StoreDep) -> str | None:
    prediction = await rc.predictions.async_get(prediction_id)
    if prediction.status != "succeeded":
        logger.warning("prediction %s ended as %s", prediction_id, prediction.status)
        return None
    return await store.create(
        Artefact(lesson_id=lesson_id, kind="preview_video", payload={"url": str(prediction.output)})
    )
