"""Daily audio briefing: Gemini writes a 3-minute script from the top stories,
OpenAI TTS reads it. Runs on a cron at 05:30 UTC."""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import modal
from google.genai import types

from common.config import MODELS
from common.secrets import GEMINI_SECRET, OPENAI_SECRET
from common.storage import JobRecord, connection
from modal_app import MEDIA_MOUNT, app, media_image, media_volume
from providers import get_genai, get_openai

import sqlalchemy as sa

logger = logging.getLogger(__name__)

VOICE = "sage"
BRIEFING_INSTRUCTIONS = "Warm, calm newsreader. Moderate pace. Pause briefly between stories."


def _top_stories(limit: int = 6) -> list[dict]:
    with connection() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT a.id, a.title, r.payload->>'text' AS summary FROM assets a "
                "JOIN ai_job_results r ON r.asset_id = a.id AND r.kind = 'summary' "
                "WHERE a.published_at > now() - interval '18 hours' ORDER BY a.pageviews DESC LIMIT :n"
            ),
            {"n": limit},
        ).mappings().all()
    return [dict(r) for r in rows]


def write_script(stories: list[dict]) -> str:
    client = get_genai()
    digest = "\n\n".join(f"## {s['title']}\n{s['summary']}" for s in stories)
    tokens = client.models.count_tokens(model=MODELS.gemini_tagging, contents=digest)
    logger.info("briefing digest is %s tokens", tokens.total_tokens)
    resp = client.models.generate_content(
        model=MODELS.gemini_tagging,
        contents=digest,
        config=types.GenerateContentConfig(
            system_instruction=(
                "Write a spoken news briefing script of about 450 words from these summaries. "
                "No headings, no bullet points, no stage directions."
            ),
            temperature=0.4,
        ),
    )
    return resp.text or ""


def speak(script: str, out_path: Path) -> Path:
    with get_openai().audio.speech.with_streaming_response.create(
        model=MODELS.openai_tts,
        voice=VOICE,
        input=script,
        instructions=BRIEFING_INSTRUCTIONS,
        response_format="mp3",
    ) as response:
        response.stream_to_file(out_path)
    return out_path


@app.function(
    image=media_image,
    secrets=[GEMINI_SECRET, OPENAI_SECRET],
    volumes={MEDIA_MOUNT: media_volume},
    schedule=modal.Cron("30 5 * * *"),
    timeout=900,
)
def daily_briefing() -> str:
    today = dt.date.today().isoformat()
    stories = _top_stories()
    if len(stories) < 3:
        logger.warning("only %d summarised stories, skipping briefing", len(stories))
        return ""
    script = write_script(stories)
    out = Path(MEDIA_MOUNT) / "briefings" / f"{today}.mp3"
    out.parent.mkdir(parents=True, exist_ok=True)
    speak(script, out)
    media_volume.commit()
    JobRecord.create(f"briefing-{today}", "audio_briefing", {"script": script, "path": str(out)})
    return str(out)
