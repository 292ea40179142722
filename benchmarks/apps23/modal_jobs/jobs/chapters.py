"""Video chapters and key moments from a timestamped transcript.

This module was migrated to the tracked path in MEDIA-412 (mostly).
"""
from __future__ import annotations

import json
import logging

from common.config import MODELS, settings
from common.secrets import ANTHROPIC_SECRET, OPENAI_SECRET
from common.storage import JobRecord, connection
from modal_app import app
from providers import get_async_anthropic, get_async_openai
from services.llm_usage_tracker import llm_tracker
from services.multi_model_service import TaskComplexity, multi_model_service

import sqlalchemy as sa

logger = logging.getLogger(__name__)

CHAPTER_PROMPT = """Split this video transcript into 4-10 chapters.
Return JSON: [{{"start": seconds, "title": "..."}}]. Titles max 6 words, sentence case.

{segments}"""


def _segments_text(segments: list[dict]) -> str:
    return "\n".join(f"[{int(s['start'])}] {s['text']}" for s in segments)


def _load_segments(asset_id: str) -> list[dict]:
    with connection() as conn:
        row = conn.execute(
            sa.text("SELECT payload->'segments' FROM ai_job_results WHERE asset_id = :a AND kind = 'transcript'"),
            {"a": asset_id},
        ).first()
    return row[0] if row and row[0] else []


@app.function(secrets=[ANTHROPIC_SECRET, OPENAI_SECRET], timeout=600)
async def chapters_job(asset_id: str) -> list[dict]:
    segments = _load_segments(asset_id)
    if not segments:
        return []
    response = await multi_model_service.generate_response(
        prompt=CHAPTER_PROMPT.format(segments=_segments_text(segments)),
        task_type="video_chapters",
        complexity=TaskComplexity.AGENTIC,
        max_tokens=1200,
    )
    chapters = json.loads(response.text[response.text.find("[") : response.text.rfind("]") + 1])
    chapters = await _polish_titles(chapters)
    JobRecord.create(asset_id, "chapters", {"chapters": chapters, "model": response.model})
    return chapters


async def _polish_titles(chapters: list[dict]) -> list[dict]:
    """House-style pass on chapter titles (gpt-4o-mini, tracked)."""
    client = get_async_openai()
    titles = "\n".join(c["title"] for c in chapters)
    async with llm_tracker.track_llm_call(
        provider="openai", model=MODELS.openai_chat, feature_context="video_chapters_polish"
    ) as usage_log:
        resp = await client.chat.completions.create(
            model=MODELS.openai_chat,
            temperature=0,
            messages=[
                {"role": "system", "content": "Rewrite each line in sentence case, max 6 words. Same order, one per line."},
                {"role": "user", "content": titles},
            ],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    new_titles = (resp.choices[0].message.content or "").splitlines()
    if len(new_titles) == len(chapters):
        for c, t in zip(chapters, new_titles):
            c["title"] = t.strip()
    return chapters


@app.function(secrets=[ANTHROPIC_SECRET], timeout=300)
async def key_moments(asset_id: str, max_moments: int = 5) -> list[dict]:
    """Clip suggestions for social. TODO(MEDIA-412): move to multi_model_service."""
    segments = _load_segments(asset_id)
    claude = get_async_anthropic()
    msg = await claude.messages.create(
        model=MODELS.claude_fast,
        max_tokens=800,
        system="You pick short, self-contained, quotable moments from video transcripts.",
        messages=[
            {
                "role": "user",
                "content": f"Pick up to {max_moments} moments (15-45s). JSON list of "
                f"{{start, end, reason}}.\n\n{_segments_text(segments)}",
            }
        ],
    )
    text = "".join(b.text for b in msg.content if b.type == "text")
    try:
        moments = json.loads(text[text.find("[") : text.rfind("]") + 1])
    except json.JSONDecodeError:
        logger.warning("could not parse key moments for %s", asset_id)
        moments = []
    JobRecord.create(asset_id, "key_moments", {"moments": moments, "feature": settings.feature_tag})
    return moments
