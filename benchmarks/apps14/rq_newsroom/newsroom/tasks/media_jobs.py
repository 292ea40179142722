"""Jobs on the ``media`` queue: transcription, captions, illustrations, audio articles."""
import base64
import logging
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor

import openai
from flask import current_app
from rq import get_current_job

from newsroom.ai import clients
from newsroom.extensions import db
from newsroom.models import AiSuggestion, Article, MediaAsset, Transcript
from newsroom.services import captions, require_feature, transcription
from newsroom.utils.storage import new_key, upload_bytes

log = logging.getLogger(__name__)

# uploads of generated assets run next to the next request to the provider
_uploader = ThreadPoolExecutor(max_workers=2, thread_name_prefix="s3-upload")


def transcribe_interview(media_id, backend=None, language=None):
    require_feature("transcription")
    asset = db.session.get(MediaAsset, media_id)
    transcript = Transcript.create(media_id=media_id, status="running")
    try:
        backend_used, (text, segments, detected) = transcription.transcribe(asset, backend=backend, language=language)
        summary = transcription.summarize_interview(text)
    except Exception as exc:
        transcript.update(status="failed", error=str(exc)[:2000])
        raise
    transcript.update(
        backend=backend_used, language=detected, text=text, segments=segments, summary=summary, status="done"
    )
    return transcript.id


def caption_job(media_id):
    require_feature("captions")
    asset = db.session.get(MediaAsset, media_id)
    drafted = captions.draft_caption(asset)
    try:
        drafted["keywords"] = captions.quick_caption(asset)
    except Exception:  # noqa: BLE001 - keywords are a nice-to-have
        log.info("quick caption failed for %s", media_id, exc_info=True)
    job = get_current_job()
    AiSuggestion.create(
        article_id=asset.article_id, kind="caption", payload=dict(drafted, media_id=asset.id),
        job_id=job.id if job else None,
    )


def _store_generated_image(article, data, engine, prompt):
    key = new_key(f"ai-illustrations/{article.id}", "image.png")
    _uploader.submit(upload_bytes, key, data, "image/png", True).result(timeout=120)
    return MediaAsset.create(
        kind="image",
        s3_key=key,
        content_type="image/png",
        caption=None,
        credit=f"AI-generated illustration ({engine})",
        ai_generated=True,
        article_id=article.id,
    )


def illustration_job(article_id, prompt, engine="flux"):
    """Generated illustrations for explainers. Never used for news photos (standards policy)."""
    require_feature("illustrations")
    article = db.session.get(Article, article_id)
    cfg = current_app.config
    if engine == "flux":
        result = clients.together_client().images.generate(
            model=cfg["TOGETHER_IMAGE_MODEL"],
            prompt=prompt,
            width=1344,
            height=768,
            steps=4,
            n=1,
            response_format="base64",
        )
        data = base64.b64decode(result.data[0].b64_json)
    else:
        # original DALL-E integration, still used when the art desk asks for it
        result = openai.images.generate(
            model=cfg["OPENAI_IMAGE_MODEL"],
            prompt=prompt,
            size="1792x1024",
            quality="standard",
            response_format="b64_json",
        )
        data = base64.b64decode(result.data[0].b64_json)
    asset = _store_generated_image(article, data, engine, prompt)
    return asset.id


def audio_article_job(article_id):
    """Text-to-speech version of an article for the app's 'Listen' button."""
    require_feature("audio_articles")
    article = db.session.get(Article, article_id)
    cfg = current_app.config
    text = f"{article.headline}.\n\n{article.standfirst or ''}\n\n{article.body}"[:4096]
    client = clients.openai_client()
    fd, path = tempfile.mkstemp(suffix=".mp3")
    os.close(fd)
    try:
        with client.audio.speech.with_streaming_response.create(
            model=cfg["OPENAI_TTS_MODEL"],
            voice=cfg["OPENAI_TTS_VOICE"],
            input=text,
            response_format="mp3",
        ) as response:
            response.stream_to_file(path)
        with open(path, "rb") as fh:
            data = fh.read()
    finally:
        os.unlink(path)
    key = new_key(f"audio-articles/{article.id}", "listen.mp3")
    upload_bytes(key, data, "audio/mpeg", public=True)
    asset = MediaAsset.create(kind="audio", s3_key=key, content_type="audio/mpeg", ai_generated=True, article_id=article.id)
    return asset.id
