"""Nightly re-check of flagged documents.

Documents flagged at upload stay hidden until re-checked with the stricter
prompt below (Gemini Pro-level reasoning is not needed; Flash with thinking
budget is enough and much cheaper).
"""
import asyncio
import functools
import logging

from google.genai import types
from sqlmodel import Session, select

from app.core.config import settings
from app.core.db import engine
from app.models import Document

logger = logging.getLogger(__name__)

RECHECK_PROMPT = """A first-pass filter flagged the document below as {reason}.
Decide whether the flag is correct. Business complaints and frank language are
acceptable. Reply with exactly one word: KEEP_FLAG or CLEAR_FLAG."""

MAX_PER_RUN = 200


async def rescan_flagged_documents(ctx: dict) -> dict:
    client = ctx["genai"]
    loop = asyncio.get_running_loop()
    cleared = kept = 0
    with Session(engine) as session:
        docs = session.exec(
            select(Document).where(Document.flagged == True).limit(MAX_PER_RUN)  # noqa: E712
        ).all()
        for doc in docs:
            response = await loop.run_in_executor(
                None,
                functools.partial(
                    client.models.generate_content,
                    model=settings.GEMINI_FLASH_MODEL,
                    contents=[
                        RECHECK_PROMPT.format(reason=doc.moderation_reason or "unsafe"),
                        doc.body[:30_000],
                    ],
                    config=types.GenerateContentConfig(
                        temperature=0.0,
                        max_output_tokens=8,
                        thinking_config=types.ThinkingConfig(thinking_budget=512),
                    ),
                ),
            )
            verdict = (response.text or "").strip().upper()
            if verdict == "CLEAR_FLAG":
                doc.flagged = False
                doc.moderation_reason = None
                session.add(doc)
                cleared += 1
            else:
                kept += 1
        session.commit()
    logger.info("flag rescan: cleared=%d kept=%d", cleared, kept)
    return {"cleared": cleared, "kept": kept}
