"""Gemini (google-genai on Vertex) classification helpers."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Iterable

from google.genai import types

from llm_batch.clients import get_genai_client
from llm_batch.config import load_settings
from llm_batch.prompts import CLASSIFY, CLASSIFY_SYSTEM
from llm_batch.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

_SAFETY = [
    types.SafetySetting(category="HARM_CATEGORY_HARASSMENT", threshold="BLOCK_ONLY_HIGH"),
    types.SafetySetting(category="HARM_CATEGORY_DANGEROUS_CONTENT", threshold="BLOCK_ONLY_HIGH"),
]


def _config(temperature: float = 0.0) -> types.GenerateContentConfig:
    return types.GenerateContentConfig(
        system_instruction=CLASSIFY_SYSTEM,
        temperature=temperature,
        response_mime_type="application/json",
        safety_settings=_SAFETY,
        max_output_tokens=256,
    )


def classify_ticket(ticket: dict, categories: list[str], model: str | None = None) -> dict:
    client = get_genai_client()
    prompt = CLASSIFY.render(categories=", ".join(categories), subject=ticket["subject"], body=ticket["body"])
    response = client.models.generate_content(
        model=model or load_settings().gemini_model,
        contents=prompt,
        config=_config(),
    )
    try:
        parsed = json.loads(response.text)
    except (TypeError, json.JSONDecodeError):
        log.warning("unparseable response for ticket %s", ticket.get("id"))
        parsed = {"category": "unknown", "confidence": 0.0}
    parsed["ticket_id"] = ticket.get("id")
    return parsed


async def _classify_one(sem: asyncio.Semaphore, ticket: dict, categories: list[str], model: str) -> dict:
    client = get_genai_client()
    async with sem:
        response = await client.aio.models.generate_content(
            model=model,
            contents=CLASSIFY.render(categories=", ".join(categories), subject=ticket["subject"], body=ticket["body"]),
            config=_config(),
        )
    return {"ticket_id": ticket.get("id"), "raw": response.text}


async def classify_many(tickets: Iterable[dict], categories: list[str], concurrency: int = 8) -> list[dict]:
    settings = load_settings()
    sem = asyncio.Semaphore(concurrency)
    tasks = [_classify_one(sem, t, categories, settings.gemini_model) for t in tickets]
    return await asyncio.gather(*tasks)


def estimate_prompt_tokens(tickets: list[dict], categories: list[str]) -> int:
    """Cheap pre-flight used by the budget check component (count_tokens is free)."""
    client = get_genai_client()
    sample = tickets[:20]
    total = 0
    for t in sample:
        resp = client.models.count_tokens(
            model=load_settings().gemini_model,
            contents=CLASSIFY.render(categories=", ".join(categories), subject=t["subject"], body=t["body"]),
        )
        total += resp.total_tokens
    return int(total / max(len(sample), 1) * len(tickets))


def stream_long_summary(text: str) -> str:
    client = get_genai_client()
    chunks = []
    for chunk in client.models.generate_content_stream(
        model=load_settings().gemini_model,
        contents=f"Write a detailed summary:\n\n{text}",
    ):
        if chunk.text:
            chunks.append(chunk.text)
    return "".join(chunks)


def submit_batch_prediction(source_table: str, dest_table: str, model: str | None = None):
    """Vertex batch prediction: cheaper than online for the nightly backfill."""
    client = get_genai_client()
    job = client.batches.create(
        model=model or load_settings().gemini_model,
        src=f"bq://{source_table}",
        config=types.CreateBatchJobConfig(dest=f"bq://{dest_table}"),
    )
    log.info("submitted batch job %s", job.name)
    return job.name


async def classify_tracked(ticket: dict, categories: list[str]) -> dict:
    """Tracked variant; the triage pipeline moves to this once FinOps signs off."""
    text = await multi_model_service.generate_response(
        prompt=CLASSIFY.render(categories=", ".join(categories), subject=ticket["subject"], body=ticket["body"]),
        task_type="ticket_classification",
        complexity=TaskComplexity.SIMPLE,
        system=CLASSIFY_SYSTEM,
    )
    try:
        return {"ticket_id": ticket.get("id"), **json.loads(text)}
    except json.JSONDecodeError:
        return {"ticket_id": ticket.get("id"), "category": "unknown", "confidence": 0.0}


def generate_json(client, prompt: str, schema: dict, model: str = "gemini-2.0-flash-001") -> dict:
    """Schema-constrained generation with an injected client (used by the tools image)."""
    response = client.models.generate_content(
        model=model,
        contents=prompt,
        config=types.GenerateContentConfig(response_mime_type="application/json", response_schema=schema),
    )
    return json.loads(response.text)
