"""Hourly background job: summarise new drafts per campaign and index them.

Scheduled from main.py with ``app.timer``. Runs on the event loop, so keep
everything async.
"""
from __future__ import annotations

import logging
import os
import time

import httpx
from nicegui import app

from studio.config import settings
from studio.storage import CampaignRepo
from studio.services.container import services

log = logging.getLogger(__name__)

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
# TODO(priya): drop the HTTP path once the SDK upgrade lands everywhere
USE_SDK_FOR_DIGEST = os.getenv("DIGEST_USE_SDK", "1") == "1"


async def _summarise_sdk(name: str, drafts: list[str]) -> str:
    client = services.anthropic.with_options(timeout=120.0, max_retries=4)
    message = await client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=300,
        messages=[{
            "role": "user",
            "content": f"Campaign '{name}'. Summarise what changed in these new drafts in 3 bullets:\n\n"
            + "\n---\n".join(drafts),
        }],
    )
    return message.content[0].text


async def _summarise_http(name: str, drafts: list[str]) -> str:
    payload = {
        "model": "claude-3-5-haiku-latest",
        "max_tokens": 300,
        "messages": [{"role": "user", "content": f"Summarise new drafts for '{name}':\n" + "\n---\n".join(drafts)}],
    }
    headers = {
        "x-api-key": settings.anthropic_api_key,
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    async with httpx.AsyncClient(timeout=60) as http:
        r = await http.post(ANTHROPIC_URL, json=payload, headers=headers)
        r.raise_for_status()
        return r.json()["content"][0]["text"]


async def _index_drafts(drafts: list[dict]) -> int:
    if services.gemini is None or not drafts:
        return 0
    result = await services.gemini.aio.models.embed_content(
        model="text-embedding-004",
        contents=[d["text"] for d in drafts],
    )
    index = app.storage.general.setdefault("draft_index", {})
    for draft, emb in zip(drafts, result.embeddings):
        index[draft["id"]] = emb.values
    return len(drafts)


async def run_digest() -> None:
    since = app.storage.general.get("digest_last_run", 0.0)
    now = time.time()
    repo = CampaignRepo()
    digests = app.storage.general.setdefault("digests", {})
    for campaign in repo.all():
        new = [d for d in campaign.drafts if d.get("created_at", 0) > since]
        if not new:
            continue
        texts = [d["text"] for d in new][:20]
        try:
            if USE_SDK_FOR_DIGEST and services.anthropic is not None:
                summary = await _summarise_sdk(campaign.name, texts)
            else:
                summary = await _summarise_http(campaign.name, texts)
            indexed = await _index_drafts(new)
        except Exception:  # noqa: BLE001
            log.exception("digest failed for campaign %s", campaign.id)
            continue
        digests[campaign.id] = {"at": now, "summary": summary, "indexed": indexed}
    app.storage.general["digest_last_run"] = now


def schedule_digest() -> None:
    app.timer(settings.digest_interval_seconds, run_digest)
