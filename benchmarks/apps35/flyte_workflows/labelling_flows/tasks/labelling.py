"""Batch labelling tasks.

History: `label_batch` was the original GPT-only task. `label_batch_claude` was
added for the A/B in Q2. New labelling work should use `label_batch_tracked`.
"""
from __future__ import annotations

import asyncio
import json
import logging
from typing import List, Optional

from flytekit import Resources, current_context, task
from pydantic import BaseModel

from labelling_flows import config, llm
from labelling_flows.config import TICKET_TAXONOMY
from labelling_flows.images import llm_image
from labelling_flows.llm.prompts import LABEL_SYSTEM, render_label_prompt
from labelling_flows.llm.registry import complete
from labelling_flows.llm.retry import call_with_retry
from labelling_flows.secrets import ANTHROPIC_SECRET, COHERE_SECRET, OPENAI_SECRET
from labelling_flows.services.multi_model_service import TaskComplexity, multi_model_service
from labelling_flows.utils.context import LLMContext
from labelling_flows.utils.text import parse_json_reply

logger = logging.getLogger(__name__)


class TicketLabel(BaseModel):
    label: str
    confidence: float
    rationale: str


@task(
    container_image=llm_image,
    secret_requests=[OPENAI_SECRET],
    retries=2,
    cache=True,
    cache_version="4",
    requests=Resources(cpu="1", mem="1Gi"),
)
def label_batch(batch: List[dict], model: str = config.DEFAULT_LABEL_MODEL) -> List[dict]:
    client = llm.get_openai_client()
    out = []
    for record in batch:
        resp = client.chat.completions.create(
            model=model,
            temperature=0,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": LABEL_SYSTEM},
                {"role": "user", "content": render_label_prompt(record["text"], TICKET_TAXONOMY)},
            ],
        )
        parsed = parse_json_reply(resp.choices[0].message.content or "")
        out.append({"id": record["id"], "model": model, **parsed})
    return out


@task(container_image=llm_image, secret_requests=[OPENAI_SECRET], retries=3)
def label_record(record: dict) -> dict:
    """Single-record variant used with map_task; retries live in call_with_retry."""
    client = llm.get_openai_client()
    resp = call_with_retry(
        client.chat.completions.create,
        model=config.DEFAULT_LABEL_MODEL,
        messages=[
            {"role": "system", "content": LABEL_SYSTEM},
            {"role": "user", "content": render_label_prompt(record["text"], TICKET_TAXONOMY)},
        ],
        attempts=4,
    )
    return {"id": record["id"], **parse_json_reply(resp.choices[0].message.content or "")}


@task(container_image=llm_image, secret_requests=[OPENAI_SECRET], retries=2)
def label_batch_structured(batch: List[dict]) -> List[dict]:
    client = llm.get_openai_client()
    results = []
    for record in batch:
        completion = client.beta.chat.completions.parse(
            model="gpt-4o-2024-08-06",
            messages=[
                {"role": "system", "content": LABEL_SYSTEM},
                {"role": "user", "content": render_label_prompt(record["text"], TICKET_TAXONOMY)},
            ],
            response_format=TicketLabel,
        )
        parsed: Optional[TicketLabel] = completion.choices[0].message.parsed
        if parsed is None:
            logger.warning("refusal for ticket %s", record["id"])
            continue
        results.append({"id": record["id"], **parsed.model_dump()})
    return results


@task(container_image=llm_image, secret_requests=[ANTHROPIC_SECRET], retries=2)
def label_batch_claude(batch: List[dict], model: str = config.CLAUDE_FAST_MODEL) -> List[dict]:
    out = []
    for record in batch:
        message = llm.get_anthropic_client().messages.create(
            model=model,
            max_tokens=300,
            system=LABEL_SYSTEM,
            messages=[{"role": "user", "content": render_label_prompt(record["text"], TICKET_TAXONOMY)}],
        )
        out.append({"id": record["id"], "model": model, **parse_json_reply(message.content[0].text)})
    return out


@task(container_image=llm_image, secret_requests=[OPENAI_SECRET, ANTHROPIC_SECRET], retries=2)
def label_batch_tracked(batch: List[dict], complexity: str = "simple") -> List[dict]:
    """Preferred path: goes through the tracked multi-model service."""

    async def _run() -> List[dict]:
        replies = await asyncio.gather(
            *[
                multi_model_service.generate_response(
                    prompt=render_label_prompt(r["text"], TICKET_TAXONOMY),
                    task_type="ticket_labelling",
                    complexity=TaskComplexity(complexity),
                    system=LABEL_SYSTEM,
                )
                for r in batch
            ]
        )
        return [{"id": r["id"], **parse_json_reply(reply)} for r, reply in zip(batch, replies)]

    return asyncio.run(_run())


@task(container_image=llm_image, secret_requests=[OPENAI_SECRET], retries=1)
def label_with_backend(batch: List[dict], backend: str = "openai") -> List[dict]:
    """Provider-agnostic variant built on the backend registry."""
    out = []
    for record in batch:
        result = complete(backend, render_label_prompt(record["text"], TICKET_TAXONOMY), system=LABEL_SYSTEM)
        out.append({"id": record["id"], "backend": backend, **parse_json_reply(result.text)})
    return out


def _second_opinion(ctx: LLMContext, record: dict, first_label: str) -> str:
    reply = ctx.openai.chat.completions.create(
        model=ctx.label_model,
        messages=[
            {"role": "system", "content": LABEL_SYSTEM},
            {"role": "user", "content": render_label_prompt(record["text"], TICKET_TAXONOMY)},
            {"role": "assistant", "content": json.dumps({"label": first_label})},
            {"role": "user", "content": "Are you sure? Re-check and answer in the same JSON format."},
        ],
    )
    return parse_json_reply(reply.choices[0].message.content or "").get("label", first_label)


def _cohere_tiebreak(ctx: LLMContext, record: dict, candidates: List[str]) -> str:
    """Third vote from Command R+ when GPT and Claude disagree."""
    response = ctx.cohere.chat(
        model=config.COHERE_CHAT_MODEL,
        messages=[
            {"role": "system", "content": LABEL_SYSTEM},
            {
                "role": "user",
                "content": render_label_prompt(record["text"], TICKET_TAXONOMY)
                + f"\n\nTwo annotators proposed: {', '.join(candidates)}. Pick the correct one.",
            },
        ],
        temperature=0,
    )
    return parse_json_reply(response.message.content[0].text).get("label", candidates[0])


def _claude_opinion(ctx: LLMContext, record: dict) -> str:
    msg = ctx.anthropic.messages.create(
        model=config.CLAUDE_FAST_MODEL,
        max_tokens=200,
        system=LABEL_SYSTEM,
        messages=[{"role": "user", "content": render_label_prompt(record["text"], TICKET_TAXONOMY)}],
    )
    return parse_json_reply(msg.content[0].text).get("label", "other")


@task(container_image=llm_image, secret_requests=[OPENAI_SECRET, ANTHROPIC_SECRET, COHERE_SECRET])
def adjudicate_low_confidence(labelled: List[dict], originals: List[dict], threshold: float = 0.6) -> List[dict]:
    ctx = LLMContext.from_task_secrets(label_model=config.DEFAULT_LABEL_MODEL)
    by_id = {r["id"]: r for r in originals}
    execution_id = current_context().execution_id.name
    changed = 0
    for row in labelled:
        if float(row.get("confidence", 1.0)) >= threshold:
            continue
        record = by_id[row["id"]]
        new_label = _second_opinion(ctx, record, row.get("label", "other"))
        claude_label = _claude_opinion(ctx, record)
        if claude_label != new_label:
            new_label = _cohere_tiebreak(ctx, record, [new_label, claude_label])
        if new_label != row.get("label"):
            changed += 1
            row["label"] = new_label
            row["adjudicated"] = True
    logger.info("execution %s: %d labels changed by adjudication", execution_id, changed)
    return labelled
