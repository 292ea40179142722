from __future__ import annotations

import asyncio
import json
import logging
from concurrent.futures import ThreadPoolExecutor

import litellm
from celery import shared_task
from django.conf import settings

from apps.core.llm.clients import bedrock_runtime, get_async_openai_client, get_voyage_client
from apps.core.llm.llm_usage_tracker import llm_tracker

from .models import Candidate, JobPosting
from .services import (
    SCORING_SYSTEM_PROMPT,
    ResumeEmbedder,
    Score,
    _parse_score,
    embed_for_search,
    extract_profile,
    rank_candidates,
    save_score,
    scoring_messages,
)

logger = logging.getLogger(__name__)

EMBED_CHUNK = 32
REJECTION_FEEDBACK_PROMPT = (
    "Write two sentences of constructive, respectful feedback for a candidate who was "
    "not shortlisted. Mention one strength from the CV. No legal commitments."
)


@shared_task(bind=True, autoretry_for=(Exception,), retry_backoff=True, max_retries=3)
def rescore_candidate_task(self, candidate_id: int, job_id: int) -> int:
    candidate = Candidate.objects.select_related("organization").get(pk=candidate_id)
    job = JobPosting.objects.get(pk=job_id)
    with llm_tracker.track_llm_call(
        feature="cv_scoring",
        tenant_id=candidate.tenant_id,
        provider="bedrock",
        model=settings.BEDROCK_SCORING_MODEL_ID,
    ) as usage_log:
        response = bedrock_runtime().converse(
            modelId=settings.BEDROCK_SCORING_MODEL_ID,
            system=[{"text": SCORING_SYSTEM_PROMPT}],
            messages=scoring_messages(candidate, job),
            inferenceConfig={"maxTokens": 400, "temperature": 0},
        )
        usage_log.input_tokens = response["usage"]["inputTokens"]
        usage_log.output_tokens = response["usage"]["outputTokens"]
    value, rationale = _parse_score(response["output"]["message"]["content"][0]["text"])
    result = save_score(candidate, job, Score(value, rationale, settings.BEDROCK_SCORING_MODEL_ID))
    return result.pk


@shared_task
def embed_resumes_task(candidate_ids: list[int]) -> int:
    candidates = list(Candidate.objects.filter(pk__in=candidate_ids).only("id", "resume_text"))
    voyage = get_voyage_client()
    chunks = [candidates[i : i + EMBED_CHUNK] for i in range(0, len(candidates), EMBED_CHUNK)]
    updated = 0
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {
            pool.submit(
                voyage.embed,
                [c.resume_text[:16_000] for c in chunk],
                model=settings.VOYAGE_MODEL,
                input_type="document",
            ): chunk
            for chunk in chunks
        }
        for future, chunk in futures.items():
            try:
                result = future.result()
            except Exception:
                logger.exception("Embedding chunk failed (%d candidates)", len(chunk))
                continue
            for candidate, vector in zip(chunk, result.embeddings):
                candidate.resume_embedding = vector
            Candidate.objects.bulk_update(chunk, ["resume_embedding"])
            updated += len(chunk)
    return updated


async def _extract_seniority(resumes: dict[int, str]) -> dict[int, str]:
    async def one(candidate_id: int, text: str) -> tuple[int, str]:
        response = await asyncio.to_thread(
            litellm.completion,
            model=settings.LITELLM_FAST_MODEL,
            messages=[
                {"role": "system", "content": "Answer with one word: junior, mid, senior, staff or principal."},
                {"role": "user", "content": text[:12_000]},
            ],
            max_tokens=5,
        )
        return candidate_id, (response.choices[0].message.content or "").strip().lower()

    pairs = await asyncio.gather(*(one(pk, text) for pk, text in resumes.items()))
    return dict(pairs)


@shared_task
def classify_seniority_task(candidate_ids: list[int]) -> None:
    resumes = dict(Candidate.objects.filter(pk__in=candidate_ids).values_list("id", "resume_text"))
    for pk, level in asyncio.run(_extract_seniority(resumes)).items():
        Candidate.objects.filter(pk=pk).update(seniority=level)


async def _draft_feedback(candidates: list[Candidate]) -> list[str]:
    client = get_async_openai_client()
    responses = await asyncio.gather(
        *(
            client.chat.completions.create(
                model=settings.OPENAI_FAST_MODEL,
                messages=[
                    {"role": "system", "content": REJECTION_FEEDBACK_PROMPT},
                    {"role": "user", "content": c.resume_text[:10_000]},
                ],
                max_tokens=160,
            )
            for c in candidates
        )
    )
    return [r.choices[0].message.content or "" for r in responses]


@shared_task
def rejection_feedback_task(candidate_ids: list[int]) -> dict[int, str]:
    candidates = list(Candidate.objects.filter(pk__in=candidate_ids))
    texts = asyncio.run(_draft_feedback(candidates))
    return {c.pk: json.dumps(t) for c, t in zip(candidates, texts)}


@shared_task
def summarize_candidate_task(candidate_id: int) -> str:
    return Candidate.objects.get(pk=candidate_id).summarize()


@shared_task
def enrich_candidate_task(candidate_id: int) -> dict:
    candidate = Candidate.objects.get(pk=candidate_id)
    profile = extract_profile(candidate)
    candidate.embed_resume()
    return profile


@shared_task
def refresh_job_index_task(job_id: int, top_n: int = 25) -> list[int]:
    """Re-embed a job's applicants for search and cache the reranked shortlist order."""
    job = JobPosting.objects.get(pk=job_id)
    candidates = list(job.candidates.only("id", "resume_text"))
    texts = [c.resume_text[:16_000] for c in candidates]
    search_vectors = embed_for_search(texts) if texts else []
    similarity_vectors = ResumeEmbedder().embed_many(texts)
    logger.info(
        "Job %s: %d search vectors, %d similarity vectors",
        job.pk,
        len(search_vectors),
        len(similarity_vectors),
    )
    return [c.pk for c, _ in rank_candidates(job, candidates, top_n=top_n)]
