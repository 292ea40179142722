"""First-pass issue spotting on contracts ("review memo").

Each chunk is reviewed independently by Claude against the tenant's playbook,
concurrently, then the findings are merged.  Runs in a celery task via asyncio.run.
"""
import asyncio
import json
import logging
from typing import Dict, List

from docproc.celery_app import celery_app
from docproc.clients import get_async_anthropic_client
from docproc.db import session_scope
from docproc.models import Document
from docproc.settings import settings
from docproc.utils.storage import put_artifact

logger = logging.getLogger(__name__)

REVIEW_CONCURRENCY = 6

_REVIEW_SYSTEM = """You review contract excerpts against a playbook of negotiating positions.
For each deviation return an object {"issue": str, "severity": "high"|"medium"|"low", "quote": str, "suggestion": str}.
Respond with a JSON array only; [] if there are no issues."""


async def _review_chunks(chunks: List[str], playbook: str) -> List[Dict]:
    client = get_async_anthropic_client()
    semaphore = asyncio.Semaphore(REVIEW_CONCURRENCY)

    async def review_one(idx: int, chunk: str) -> List[Dict]:
        async with semaphore:
            message = await client.messages.create(
                model=settings.anthropic_model,
                max_tokens=2000,
                system=_REVIEW_SYSTEM,
                messages=[
                    {"role": "user", "content": f"PLAYBOOK:\n{playbook}\n\nEXCERPT {idx + 1}:\n{chunk}"},
                ],
            )
        try:
            findings = json.loads(message.content[0].text)
        except (json.JSONDecodeError, IndexError):
            logger.warning("chunk %d: unparseable review output", idx)
            return []
        for f in findings:
            f["chunk"] = idx
        return findings

    results = await asyncio.gather(*(review_one(i, c) for i, c in enumerate(chunks)))
    return [finding for chunk_findings in results for finding in chunk_findings]


@celery_app.task(name="docproc.tasks.review.review_contract", time_limit=1800)
def review_contract(document_id: int, playbook: str) -> str:
    with session_scope() as session:
        doc = Document.get_or_404(session, document_id)
        chunks = [c.text for c in doc.chunks]
        matter_id = doc.matter_id

    findings = asyncio.run(_review_chunks(chunks, playbook))
    order = {"high": 0, "medium": 1, "low": 2}
    findings.sort(key=lambda f: order.get(f.get("severity"), 3))
    return put_artifact(f"reviews/{matter_id}/{document_id}.json", {"findings": findings})
