"""GCS-triggered function: (re)embed destinations from an uploaded JSONL export.

Each line: {"id": "...", "title": "...", "snippet": "...", "locale": "en-GB"}
"""
from __future__ import annotations

import asyncio
import json
import logging
import os

import functions_framework
from cloudevents.http import CloudEvent
from google.cloud import storage
from google.genai import types

from common import get_cohere_client, get_genai_client, get_openai_client, get_settings
from common.firestore_store import db, mark_processed
from common.pubsub import gcs_object_from_event
from common.text_utils import chunk

from vector_index import openai_embeddings, write_vectors

log = logging.getLogger("embed_destinations")

ENABLE_OAI = os.environ.get("ENABLE_OAI_EMBEDDINGS", "false") == "true"


def _doc_text(row: dict) -> str:
    return f"{row['title']}. {row.get('snippet', '')}".strip()


def gecko_embeddings(texts: list[str]) -> list[list[float]]:
    resp = get_genai_client().models.embed_content(
        model=get_settings().embedding_model,
        contents=texts,
        config=types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT", output_dimensionality=768),
    )
    return [e.values for e in resp.embeddings]


def cohere_embeddings(texts: list[str]) -> list[list[float]]:
    resp = get_cohere_client().embed(
        texts=texts,
        model=get_settings().cohere_embed_model,
        input_type="search_document",
        embedding_types=["float"],
    )
    return resp.embeddings.float_


@functions_framework.cloud_event
def embed_destinations(cloud_event: CloudEvent) -> None:
    bucket, name, _ = gcs_object_from_event(cloud_event)
    if not name.startswith("exports/destinations/") or not name.endswith(".jsonl"):
        return
    if not mark_processed(cloud_event["id"]):
        return

    blob = storage.Client().bucket(bucket).blob(name)
    rows = [json.loads(line) for line in blob.download_as_text().splitlines() if line.strip()]
    log.info("embedding %d destinations from %s", len(rows), name)

    total = 0
    for batch in chunk(rows, 96):  # cohere max 96 texts per call
        texts = [_doc_text(r) for r in batch]
        total += write_vectors(db(), batch, "embedding_gecko", gecko_embeddings(texts))
        write_vectors(db(), batch, "embedding_cohere", cohere_embeddings(texts))
        if ENABLE_OAI:
            vecs = asyncio.run(openai_embeddings(get_openai_client(), texts))
            write_vectors(db(), batch, "embedding_oai", vecs)
    log.info("done: %d docs", total)
