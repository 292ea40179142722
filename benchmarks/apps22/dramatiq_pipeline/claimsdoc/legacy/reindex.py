"""Nightly reindex of 2022-2023 claims (pre-pipeline). Uses the module-level legacy clients."""
from __future__ import annotations

import logging

import dramatiq

from claimsdoc import storage
from claimsdoc.legacy import clients_v0
from claimsdoc.legacy.http_fallbacks import ollama_generate
from claimsdoc.legacy.v1_extractor import legacy_doc_type

log = logging.getLogger(__name__)


def _legacy_embed(text: str) -> list[float]:
    resp = clients_v0.OPENAI_CLIENT.embeddings.create(model="text-embedding-ada-002", input=text[:8000])
    return resp.data[0].embedding


def _legacy_summary(text: str) -> str:
    msg = clients_v0.ANTHROPIC.messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=300,
        messages=[{"role": "user", "content": "Summarize this claim document in 3 bullets:\n\n" + text[:10000]}],
    )
    return msg.content[0].text


@dramatiq.actor(queue_name="default", max_retries=1, time_limit=60 * 60_000)
def reindex_legacy(claim_ids: list[str], airgapped: bool = False) -> int:
    n = 0
    for claim_id in claim_ids:
        for doc in storage.repo.for_claim(claim_id):
            text = storage.read_bytes(f"ocr-v1/{doc['id']}.txt").decode(errors="replace")
            doc_type = legacy_doc_type(text)
            if airgapped:
                summary = ollama_generate("Summarize in 3 bullets:\n" + text[:6000])
            else:
                storage.repo.save_embedding(doc["id"], _legacy_embed(text), source="ada-002")
                summary = _legacy_summary(text)
            storage.repo.set_status(doc["id"], "reindexed", doc_type=doc_type, summary=summary)
            n += 1
    log.info("reindexed %d legacy docs", n)
    return n
