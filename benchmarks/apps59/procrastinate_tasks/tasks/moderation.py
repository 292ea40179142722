"""Content moderation before anything user-uploaded reaches the summariser."""
from __future__ import annotations

import logging

from procrastinate import JobContext

from docproc.db import get_repository
from docproc.models import DocumentStatus
from docproc.settings import get_settings
from tasks.app import app
from tasks.context import mistral_client, openai_client

logger = logging.getLogger(__name__)


@app.task(queue="llm", retry=3, pass_context=True)
async def moderate_document(context: JobContext, document_id: str) -> bool:
    if not get_settings().enable_moderation:
        return True
    repo = await get_repository()
    doc = await repo.get(document_id)
    if doc is None:
        return False
    oai = openai_client(context)
    result = await oai.moderations.create(model="omni-moderation-latest", input=doc.body[:30000])
    flagged = any(r.flagged for r in result.results)
    if not flagged and doc.mime_type.startswith("text/"):
        # second opinion for the categories OpenAI is weak on (EU legal asked for it)
        m = mistral_client(context)
        res = await m.classifiers.moderate_async(model="mistral-moderation-latest", inputs=[doc.body[:8000]])
        flagged = any(any(v for v in r.categories.values()) for r in res.results)
    if flagged:
        await repo.set_status(doc.id, DocumentStatus.QUARANTINED)
        logger.warning("document %s quarantined by moderation", document_id)
        return False
    from tasks.summarize import summarize_document

    await summarize_document.defer_async(document_id=document_id)
    return True
