"""Batch-labelling steps.

``label_tickets`` is the original implementation (Priya, Q1) that talks to the
providers through the registry / clients directly. ``label_tickets_tracked``
is the new one going through the platform's multi_model_service so the cost
shows up on the FinOps dashboard. TODO(ml-platform#212): delete the old one
once the eval numbers match.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Dict, List

import pandas as pd
from typing_extensions import Annotated
from zenml import get_step_context, log_metadata, step

from app.services.multi_model_service import TaskComplexity, multi_model_service
from config.settings import LabellingConfig
from llm import get_anthropic_client, get_chat_fn, get_openai_client
from llm.prompts import LABEL_SYSTEM, render_label_prompt
from materializers import LabelledBatch, LabelledBatchMaterializer
from utils.retry import chunked, with_retries

logger = logging.getLogger(__name__)


def _normalise_label(raw: str, allowed: List[str]) -> str:
    cleaned = (raw or "").strip().lower().strip(".").replace(" ", "_")
    return cleaned if cleaned in allowed else "other"


def _label_with_openai(client, model: str, prompt: str, max_tokens: int) -> Dict:
    """Primary path: OpenAI structured-ish output."""
    completion = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": LABEL_SYSTEM},
            {"role": "user", "content": prompt},
        ],
        max_tokens=max_tokens,
        temperature=0,
    )
    return {
        "text": completion.choices[0].message.content,
        "in": completion.usage.prompt_tokens,
        "out": completion.usage.completion_tokens,
    }


def _label_with_claude(prompt: str, model: str) -> Dict:
    client = get_anthropic_client()
    msg = client.messages.create(
        model=model,
        max_tokens=16,
        system=LABEL_SYSTEM,
        messages=[{"role": "user", "content": prompt}],
    )
    return {"text": msg.content[0].text, "in": msg.usage.input_tokens, "out": msg.usage.output_tokens}


@step(output_materializers={"labelled_batch": LabelledBatchMaterializer}, enable_cache=False)
def label_tickets(
    tickets: pd.DataFrame, config: LabellingConfig
) -> Annotated[LabelledBatch, "labelled_batch"]:
    ctx = get_step_context()
    run_name = ctx.pipeline_run.name
    openai_client = get_openai_client()
    batch = LabelledBatch(model=config.primary.model, provider=config.primary.provider)

    records = tickets.to_dict(orient="records")
    for chunk in chunked(records, config.batch_size):
        for row in chunk:
            prompt = render_label_prompt(row.get("subject", ""), row["body"], config.label_set)
            try:
                if config.primary.provider == "openai":
                    result = with_retries(
                        _label_with_openai, openai_client, config.primary.model, prompt, 16
                    )
                else:
                    text, tin, tout = get_chat_fn(config.primary.provider)(
                        config.primary.model, LABEL_SYSTEM, prompt, 16, 0.0
                    )
                    result = {"text": text, "in": tin, "out": tout}
            except Exception:  # noqa: BLE001
                logger.warning("primary provider failed for ticket %s, using fallback", row.get("id"))
                result = _label_with_claude(prompt, config.fallback.model)

            batch.rows.append(
                {
                    "id": row.get("id"),
                    "label": _normalise_label(result["text"], config.label_set),
                    "run": run_name,
                }
            )
            batch.input_tokens += result["in"]
            batch.output_tokens += result["out"]

    log_metadata(
        metadata={"input_tokens": batch.input_tokens, "output_tokens": batch.output_tokens},
        infer_artifact=True,
        artifact_name="labelled_batch",
    )
    return batch


async def _label_one_tracked(prompt: str) -> str:
    response = await multi_model_service.generate_response(
        prompt=f"{LABEL_SYSTEM}\n\n{prompt}",
        task_type="classification",
        complexity=TaskComplexity.SIMPLE,
    )
    return response if isinstance(response, str) else response.get("content", "")


@step(output_materializers={"labelled_batch": LabelledBatchMaterializer}, enable_cache=False)
def label_tickets_tracked(
    tickets: pd.DataFrame, config: LabellingConfig
) -> Annotated[LabelledBatch, "labelled_batch"]:
    records = tickets.to_dict(orient="records")
    prompts = [render_label_prompt(r.get("subject", ""), r["body"], config.label_set) for r in records]

    async def _run() -> List[str]:
        sem = asyncio.Semaphore(8)

        async def guarded(p: str) -> str:
            async with sem:
                return await _label_one_tracked(p)

        return await asyncio.gather(*(guarded(p) for p in prompts))

    raw_labels = asyncio.run(_run())
    batch = LabelledBatch(model="multi_model_service", provider="platform")
    for row, raw in zip(records, raw_labels):
        batch.rows.append({"id": row.get("id"), "label": _normalise_label(raw, config.label_set)})
    return batch


@step
def merge_labels(
    tickets: pd.DataFrame, labelled: LabelledBatch
) -> Annotated[pd.DataFrame, "labelled_tickets"]:
    labels = pd.DataFrame(labelled.rows)[["id", "label"]]
    merged = tickets.merge(labels, on="id", how="left")
    merged["label"] = merged["label"].fillna("other")
    return merged
