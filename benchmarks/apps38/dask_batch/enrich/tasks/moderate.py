"""UGC moderation: OpenAI moderation endpoint + LLM second opinion."""
from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor

from enrich.plugins import worker_clients
from enrich.services.llm_usage_tracker import llm_tracker
from enrich.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

MODERATION_MODEL = "omni-moderation-latest"
REVIEW_THRESHOLD = 0.4


def moderate_texts(texts: list[str], model: str = MODERATION_MODEL) -> list[dict]:
    clients = worker_clients()
    clients.limiters["openai"].acquire()
    result = clients.openai.moderations.create(model=model, input=texts)
    out = []
    for text, r in zip(texts, result.results):
        scores = r.category_scores.model_dump()
        out.append({
            "flagged": r.flagged,
            "max_score": max(scores.values()) if scores else 0.0,
            "top_category": max(scores, key=scores.get) if scores else None,
            "needs_review": (not r.flagged) and max(scores.values(), default=0) > REVIEW_THRESHOLD,
        })
    return out


def moderate_chunks_parallel(chunks: list[list[str]], model: str = MODERATION_MODEL) -> list[list[dict]]:
    openai_client = worker_clients().openai
    with ThreadPoolExecutor(max_workers=4) as pool:
        futs = [pool.submit(openai_client.moderations.create, model=model, input=c) for c in chunks]
        return [[{"flagged": r.flagged} for r in f.result().results] for f in futs]


async def _second_opinion(text: str) -> str:
    return await multi_model_service.generate_response(
        prompt=f"Is the following review abusive, spam or off-topic? Answer ALLOW or BLOCK.\n\n{text}",
        task_type="classification",
        complexity=TaskComplexity.SIMPLE,
    )


def second_opinion(records: list[dict]) -> list[dict]:
    """Borderline items get a tracked LLM verdict."""
    async def run():
        return await asyncio.gather(*(_second_opinion(r["text"]) for r in records))

    verdicts = asyncio.run(run())
    return [{**r, "verdict": v.strip().upper()} for r, v in zip(records, verdicts)]


async def _explain(text: str, model: str) -> str:
    client = worker_clients().openai
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context="ugc_moderation_explain"
    ) as usage_log:
        resp = client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": "Explain in one sentence why this text may violate policy."},
                {"role": "user", "content": text},
            ],
            max_tokens=60,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content


def explain_flags(records: list[dict], model: str = "gpt-4o-mini") -> list[dict]:
    return [{**r, "explanation": asyncio.run(_explain(r["text"], model))} for r in records]
