"""Review summarisation tasks."""
from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from typing import List, Optional, Sequence

from cohere.core.api_error import ApiError
from prefect import task
from prefect.tasks import task_input_hash

from lib import prompts
from lib.clients import get_async_cohere, get_async_hf_client, get_async_ollama, get_cohere, get_hf_client
from lib.errors import BadModelOutput, ProviderError, is_retryable
from lib.logging_utils import get_logger
from lib.schemas import Review, ReviewSummary
from lib.services.llm_usage_tracker import llm_tracker
from lib.settings import settings
from lib.textutils import clean_text, parse_json_output

MAX_INPUT_TOKENS = 3_500


def _to_summary(listing_id: int, raw: str, model: str, n: int) -> ReviewSummary:
    try:
        data = parse_json_output(raw)
    except json.JSONDecodeError as exc:
        raise BadModelOutput("summary is not JSON", raw=raw) from exc
    return ReviewSummary(
        listing_id=listing_id,
        summary=data.get("summary", "").strip(),
        pros=list(data.get("pros", []))[:3],
        cons=list(data.get("cons", []))[:3],
        model=model,
        review_count=n,
    )


def _review_block(reviews: Sequence[Review], limit: int = 40) -> str:
    bodies = [f"({r.rating}/5) {clean_text(r.body)}" for r in reviews]
    return prompts.format_reviews(bodies, max_reviews=limit)


def _fit_reviews(reviews: Sequence[Review]) -> str:
    """Drop the oldest reviews until the block fits the input budget."""
    co = get_cohere()
    limit = 40
    block = _review_block(reviews, limit)
    while limit > 5:
        n_tokens = len(co.tokenize(text=block, model=settings.cohere_chat_model).tokens)
        if n_tokens <= MAX_INPUT_TOKENS:
            break
        limit -= 10
        block = _review_block(reviews, limit)
    return block


def _hf_fallback(listing_id: int, block: str, n: int) -> ReviewSummary:
    out = get_hf_client().chat_completion(
        messages=[
            {"role": "system", "content": prompts.REVIEW_SUMMARY_SYSTEM},
            {"role": "user", "content": block},
        ],
        model=settings.hf_summary_model,
        max_tokens=400,
        temperature=0.3,
        response_format={"type": "json_object"},
    )
    return _to_summary(listing_id, out.choices[0].message.content or "", settings.hf_summary_model, n)


@task(
    retries=3,
    retry_delay_seconds=[30, 120, 600],
    retry_condition_fn=is_retryable,
    cache_key_fn=task_input_hash,
    cache_expiration=timedelta(hours=12),
    tags=["cohere"],
)
def summarise_reviews(listing_id: int, reviews: List[Review]) -> ReviewSummary:
    log = get_logger()
    block = _fit_reviews(reviews)
    co = get_cohere()
    try:
        resp = co.chat(
            model=settings.cohere_chat_model,
            messages=[
                {"role": "system", "content": prompts.REVIEW_SUMMARY_SYSTEM},
                {"role": "user", "content": block},
            ],
            temperature=0.3,
            response_format={"type": "json_object"},
        )
    except ApiError as exc:
        if exc.status_code in (429, 500, 503):
            log.warning("cohere %s for listing %s, falling back to HF", exc.status_code, listing_id)
            return _hf_fallback(listing_id, block, len(reviews))
        raise ProviderError("cohere", str(exc.body), status=exc.status_code) from exc
    text = resp.message.content[0].text if resp.message and resp.message.content else ""
    return _to_summary(listing_id, text, settings.cohere_chat_model, len(reviews))


@task(retries=2, retry_delay_seconds=60, tags=["cohere"])
async def summarise_top_listing(listing_id: int, reviews: List[Review]) -> ReviewSummary:
    """Listings on the home page get the bigger model; these calls are tracked per listing."""
    co = get_async_cohere()
    block = _review_block(reviews, limit=80)
    async with llm_tracker.track_llm_call(
        provider="cohere", model="command-a-03-2025", feature_context="review_summary_top"
    ) as usage_log:
        resp = await co.chat(
            model="command-a-03-2025",
            messages=[
                {"role": "system", "content": prompts.REVIEW_SUMMARY_SYSTEM},
                {"role": "user", "content": block},
            ],
            response_format={"type": "json_object"},
        )
        usage_log.input_tokens = int(resp.usage.billed_units.input_tokens or 0)
        usage_log.output_tokens = int(resp.usage.billed_units.output_tokens or 0)
    return _to_summary(listing_id, resp.message.content[0].text, "command-a-03-2025", len(reviews))


@task(retries=2, retry_delay_seconds=15)
async def review_highlights(summaries: List[ReviewSummary], concurrency: int = 8) -> List[dict]:
    """One-line highlight shown on search result cards."""
    hf = get_async_hf_client()
    sem = asyncio.Semaphore(concurrency)

    async def one(s: ReviewSummary) -> dict:
        async with sem:
            out = await hf.chat.completions.create(
                model=settings.hf_copy_model,
                messages=[{
                    "role": "user",
                    "content": "Turn this into a single upbeat highlight of at most 8 words, "
                               f"no quotes:\n{s.summary}",
                }],
                max_tokens=24,
                temperature=0.5,
            )
        return {"listing_id": s.listing_id, "highlight": (out.choices[0].message.content or "").strip()}

    try:
        return list(await asyncio.gather(*(one(s) for s in summaries)))
    finally:
        await hf.close()


@task(retries=1, tags=["ollama"])
async def scrub_pii(reviews: List[Review]) -> List[Review]:
    """Remove personal data before reviews leave our infrastructure."""
    client = get_async_ollama()
    cleaned: List[Review] = []
    for review in reviews:
        if "@" not in review.body and not any(ch.isdigit() for ch in review.body):
            cleaned.append(review)
            continue
        try:
            resp = await asyncio.wait_for(
                client.chat(
                    model=settings.ollama_chat_model,
                    messages=[
                        {"role": "system", "content": prompts.PII_SCRUB},
                        {"role": "user", "content": review.body},
                    ],
                    options={"temperature": 0},
                ),
                timeout=60,
            )
        except asyncio.TimeoutError:
            get_logger().warning("pii scrub timed out for review %s; dropping it", review.id)
            continue
        body: Optional[str] = resp.message.content
        cleaned.append(review.model_copy(update={"body": body or review.body}))
    return cleaned
