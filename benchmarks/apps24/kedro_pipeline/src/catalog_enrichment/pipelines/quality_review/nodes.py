"""Moderation + LLM-as-judge on the generated copy before it is published."""
from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import litellm
import pandas as pd
from app.services.llm_usage_tracker import llm_tracker
from app.services.multi_model_service import TaskComplexity, multi_model_service

from catalog_enrichment.llm import get_async_anthropic_client, get_async_openai_client, get_openai_client
from catalog_enrichment.llm.costs import cost_of_response
from catalog_enrichment.llm.prompts import JUDGE_PROMPT, render
from catalog_enrichment.llm.registry import clients
from catalog_enrichment.llm.retry import chunked
from catalog_enrichment.llm.structured import StructuredOutputError, parse_json_loose

logger = logging.getLogger(__name__)


def moderate_copy(descriptions: pd.DataFrame) -> pd.DataFrame:
    client = get_openai_client()
    flagged: list[bool] = []
    categories: list[list[str]] = []
    for batch in chunked(descriptions["description_en"].fillna("").tolist(), 32):
        result = client.moderations.create(model="omni-moderation-latest", input=batch)
        for item in result.results:
            flagged.append(item.flagged)
            categories.append([name for name, hit in item.categories.model_dump().items() if hit])
    return descriptions.assign(moderation_flagged=flagged, moderation_categories=categories)


async def _judge_all(rows: list[dict[str, Any]], model: str, concurrency: int) -> list[dict[str, Any]]:
    sem = asyncio.Semaphore(concurrency)

    async def _judge(row: dict[str, Any]) -> dict[str, Any]:
        async with sem:
            response = await litellm.acompletion(
                model=model,
                messages=[
                    {
                        "role": "user",
                        "content": render(JUDGE_PROMPT, attributes=row.get("attributes_json"), description=row["description_en"]),
                    }
                ],
                temperature=0,
                max_tokens=200,
            )
        try:
            verdict = parse_json_loose(response.choices[0].message.content)
        except StructuredOutputError:
            verdict = {"accuracy": None, "tone": None, "comment": "unparseable"}
        return {"sku": row["sku"], **verdict, "judge_cost_usd": cost_of_response(response)}

    return await asyncio.gather(*(_judge(r) for r in rows))


def judge_descriptions(descriptions: pd.DataFrame, params: dict) -> pd.DataFrame:
    rows = descriptions[~descriptions["moderation_flagged"]].to_dict(orient="records")
    verdicts = asyncio.run(_judge_all(rows, params["judge_model"], params.get("concurrency", 10)))
    return descriptions.merge(pd.DataFrame(verdicts), on="sku", how="left")


async def _rejudge_tracked(row: dict[str, Any], model: str) -> dict[str, Any]:
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=model,
        feature_context="catalog_quality_rejudge",
    ) as usage_log:
        response = litellm.completion(
            model=model,
            messages=[{"role": "user", "content": render(JUDGE_PROMPT, attributes="", description=row["description_en"])}],
            max_tokens=200,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return {"sku": row["sku"], "rejudge": response.choices[0].message.content}


def rejudge_borderline(judged: pd.DataFrame, params: dict) -> pd.DataFrame:
    borderline = judged[(judged["accuracy"].fillna(0) >= 2.5) & (judged["accuracy"].fillna(0) < params["min_score"])]
    if borderline.empty:
        return judged.assign(rejudge=None)

    async def _run():
        return await asyncio.gather(*(_rejudge_tracked(r, params["judge_model"]) for r in borderline.to_dict("records")))

    return judged.merge(pd.DataFrame(asyncio.run(_run())), on="sku", how="left")


async def _score_one(client, row: dict[str, Any], model: str) -> dict[str, Any]:
    response = await client.responses.create(
        model=model,
        instructions="Score the readability of the product copy from 1 to 10. Reply with the number only.",
        input=row["description_en"],
        max_output_tokens=8,
    )
    try:
        score = float(response.output_text.strip())
    except ValueError:
        score = None
    return {"sku": row["sku"], "readability": score}


def score_readability(judged: pd.DataFrame, params: dict) -> pd.DataFrame:
    client = get_async_openai_client()

    async def _run():
        return await asyncio.gather(*(_score_one(client, r, params["responses_model"]) for r in judged.to_dict("records")))

    return judged.merge(pd.DataFrame(asyncio.run(_run())), on="sku", how="left")


async def _check_consistency(row: dict[str, Any], model: str) -> dict[str, Any]:
    client = clients.get("openai")
    response = await asyncio.to_thread(
        client.chat.completions.create,
        model=model,
        messages=[
            {"role": "system", "content": "Do the translations say the same thing as the English? Answer yes/no + reason."},
            {"role": "user", "content": json.dumps({k: v for k, v in row.items() if k.startswith("description_")})},
        ],
        max_tokens=80,
    )
    answer = response.choices[0].message.content or ""
    return {"sku": row["sku"], "translations_consistent": answer.lower().startswith("yes"), "consistency_note": answer}


def check_translation_consistency(judged: pd.DataFrame, params: dict) -> pd.DataFrame:
    sample = judged.sample(frac=params.get("consistency_sample", 0.05), random_state=11)

    async def _run():
        return await asyncio.gather(*(_check_consistency(r, params["responses_model"]) for r in sample.to_dict("records")))

    return judged.merge(pd.DataFrame(asyncio.run(_run())), on="sku", how="left")


async def _fact_check(row: dict[str, Any], model: str) -> dict[str, Any]:
    claude = get_async_anthropic_client()
    message = await claude.messages.create(
        model=model,
        max_tokens=150,
        system="List any claim in the description that is not supported by the attributes. Reply 'none' if all supported.",
        messages=[{"role": "user", "content": json.dumps({"attributes": row.get("attributes_json"), "description": row["description_en"]})}],
    )
    text = message.content[0].text.strip()
    return {"sku": row["sku"], "unsupported_claims": None if text.lower() == "none" else text}


def fact_check_low_scores(reviewed: pd.DataFrame, params: dict) -> pd.DataFrame:
    """Only for rows the judge scored below min_score (usually < 3% of the run)."""
    low = reviewed[reviewed["accuracy"].fillna(0) < params["min_score"]]
    if low.empty:
        return reviewed.assign(unsupported_claims=None)
    model = params.get("fact_check_model", "claude-3-5-haiku-20241022")

    async def _run():
        return await asyncio.gather(*(_fact_check(r, model) for r in low.to_dict("records")))

    return reviewed.merge(pd.DataFrame(asyncio.run(_run())), on="sku", how="left")


def write_review_summary(reviewed: pd.DataFrame) -> str:
    stats = {
        "n": int(len(reviewed)),
        "flagged": int(reviewed["moderation_flagged"].sum()),
        "mean_accuracy": float(reviewed["accuracy"].mean()),
        "mean_readability": float(reviewed["readability"].mean()),
    }

    async def _summarise():
        return await multi_model_service.generate_response(
            prompt=f"Write a 3-line summary of this QA run for the merch Slack channel: {json.dumps(stats)}",
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
        )

    return str(asyncio.run(_summarise()))
