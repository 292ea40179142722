"""Translate non-English product reviews, extract entities, draft replies."""
from __future__ import annotations

from functools import partial
from typing import List

from prefect import flow, get_run_logger, task

from enrich import prompts
from enrich.clients import mistral_client
from enrich.extract import extract_entities_many
from enrich.models import EnrichmentResult, Review
from enrich.services.multi_model_service import TaskComplexity, multi_model_service
from enrich.settings import get_settings
from enrich.storage import SnowflakeWriter
from flows.tasks.common import write_results

REPLY_MIN_RATING = 2


@task(retries=2)
def load_reviews(limit: int) -> List[Review]:
    with SnowflakeWriter() as sf:
        rows = sf._connector.fetch_all(
            "select REVIEW_ID, SKU, LANG, RATING, BODY from REVIEWS.RAW "
            "where TRANSLATED_AT is null limit %(limit)s",
            parameters={"limit": limit},
        )
    return [Review(str(r[0]), r[1], r[2] or "und", int(r[3]), r[4] or "") for r in rows]


@task(retries=2, tags=["mistral"])
def translate_batch(reviews: List[Review]) -> List[EnrichmentResult]:
    s = get_settings()
    translate = partial(mistral_client().chat.complete, model=s.mistral_chat_model, temperature=0.0)
    out = []
    for review in reviews:
        if review.language == "en":
            continue
        res = translate(
            messages=[
                {"role": "system", "content": prompts.TRANSLATE_SYSTEM},
                {"role": "user", "content": review.body},
            ]
        )
        out.append(EnrichmentResult("review", review.review_id, "text_en",
                                    res.choices[0].message.content, s.mistral_chat_model, "mistral"))
    return out


@task(tags=["mistral"])
def draft_reply(review: Review) -> EnrichmentResult:
    s = get_settings()
    parts: List[str] = []
    with mistral_client().chat.stream(
        model=s.mistral_chat_model,
        messages=[
            {"role": "system", "content": prompts.REPLY_SYSTEM},
            {"role": "user", "content": f"Rating: {review.rating}/5\n\n{review.body}"},
        ],
        max_tokens=250,
    ) as stream:
        for event in stream:
            delta = event.data.choices[0].delta.content
            if delta:
                parts.append(delta)
    return EnrichmentResult("review", review.review_id, "reply_draft", "".join(parts),
                            s.mistral_chat_model, "mistral")


@task
async def weekly_theme_digest(reviews: List[Review]) -> str:
    sample = "\n---\n".join(r.body[:500] for r in reviews[:60])
    return await multi_model_service.generate_response(
        prompt=f"Group these reviews into at most 5 themes with counts:\n{sample}",
        task_type="review_themes",
        complexity=TaskComplexity.SIMPLE,
    )


@flow(name="translate-reviews")
async def translate_reviews(limit: int = 2000, draft_replies: bool = True) -> int:
    logger = get_run_logger()
    reviews = load_reviews(limit)
    results = translate_batch(reviews)

    entities = await extract_entities_many([r.body for r in reviews])
    for review, ents in zip(reviews, entities):
        if ents is not None:
            results.append(EnrichmentResult("review", review.review_id, "entities",
                                            ents.model_dump(), get_settings().mistral_chat_model, "mistral"))

    if draft_replies:
        low = [r for r in reviews if r.rating <= REPLY_MIN_RATING]
        results.extend(draft_reply(r) for r in low)

    digest = await weekly_theme_digest(reviews)
    logger.info("themes:\n%s", digest)
    return write_results(results)
