"""Image alt text and moderation re-scans."""
from __future__ import annotations

import base64
import logging
import uuid
from datetime import timedelta

from google.genai import types
from sqlmodel import Session, select

from app.core.config import settings
from app.core.db import engine
from app.models import Asset, ModerationEvent, ModerationVerdict, utcnow
from app.services.alt_text import AltTextGenerator
from app.utils import download_bytes

logger = logging.getLogger(__name__)

_generator: AltTextGenerator | None = None

RESCAN_PROMPT = (
    "This content was flagged by an older moderation model. Re-assess it with today's policy. "
    "Categories: spam, harassment, hate, sexual, self_harm, violence, pii, off_topic.\n\n{content}"
)


def _alt_text_generator() -> AltTextGenerator:
    global _generator
    if _generator is None:
        _generator = AltTextGenerator()
    return _generator


async def generate_alt_text(ctx: dict, asset_id: str) -> str | None:
    with Session(engine) as session:
        asset = session.get(Asset, uuid.UUID(asset_id))
        if asset is None or asset.alt_text_source == "user":
            return None
        image = download_bytes(asset.s3_key)
        result = await _alt_text_generator().generate(image, asset.content_type)
        asset.alt_text = result.text or None
        asset.alt_text_source = result.source
        session.add(asset)
        session.commit()
        return asset.alt_text


async def submit_alt_text_backfill(ctx: dict, tenant_id: str, limit: int = 2000) -> str:
    """Older uploads (before alt text existed) go through the Gemini batch API."""
    with Session(engine) as session:
        assets = session.exec(
            select(Asset)
            .where(Asset.tenant_id == uuid.UUID(tenant_id), Asset.alt_text == None)  # noqa: E711
            .limit(limit)
        ).all()

    requests = []
    for asset in assets:
        image = download_bytes(asset.s3_key)
        requests.append(
            {
                "contents": [
                    {
                        "role": "user",
                        "parts": [
                            {
                                "inline_data": {
                                    "mime_type": asset.content_type,
                                    "data": base64.b64encode(image).decode(),
                                }
                            },
                            {"text": "Write alt text (max 25 words) for this image."},
                        ],
                    }
                ],
                "metadata": {"asset_id": str(asset.id)},
            }
        )

    job = ctx["genai"].batches.create(
        model=settings.GEMINI_LITE_MODEL,
        src=requests,
        config={"display_name": f"alt-text-backfill-{tenant_id}"},
    )
    logger.info("alt text backfill %s: %d images", job.name, len(requests))
    return job.name


async def rescan_flagged_content(ctx: dict, days: int = 30) -> int:
    """Re-check content flagged in the last N days after a policy change."""
    since = utcnow() - timedelta(days=days)
    changed = 0
    with Session(engine) as session:
        events = session.exec(
            select(ModerationEvent).where(
                ModerationEvent.flagged == True,  # noqa: E712
                ModerationEvent.created_at >= since,
                ModerationEvent.appeal_outcome == None,  # noqa: E711
            )
        ).all()
        for event in events:
            if not event.excerpt:
                continue
            response = await ctx["genai"].aio.models.generate_content(
                model=settings.GEMINI_MODEL,
                contents=RESCAN_PROMPT.format(content=event.excerpt),
                config=types.GenerateContentConfig(
                    temperature=0,
                    response_mime_type="application/json",
                    response_schema=ModerationVerdict,
                ),
            )
            verdict = response.parsed
            if verdict is not None and not verdict.flagged:
                event.flagged = False
                event.appeal_outcome = "rescan_cleared"
                session.add(event)
                changed += 1
        session.commit()
    logger.info("rescan cleared %d of %d events", changed, len(events))
    return changed
