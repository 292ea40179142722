"""Background job handlers.  Imported for their ``@job`` side effect by
``recruit_api.app``."""
from __future__ import annotations

import asyncio
import functools
import json
import logging
from concurrent.futures import as_completed

from recruit_api.db import CandidateRepository, JobRepository, ScreeningRepository
from recruit_api.jobs.runner import JobContext, job
from recruit_api.services import prompts
from recruit_api.services.llm_usage_tracker import llm_tracker
from recruit_api.services.screener import parse_screening_json

log = logging.getLogger(__name__)

EMBED_BATCH = 64


def _chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i : i + size]


@job("reindex_candidates")
def reindex_candidates(ctx: JobContext) -> dict:
    repo = CandidateRepository(ctx.db)
    rows = repo.list(limit=10_000)
    ids = [r["id"] for r in rows]
    texts = [repo.cv_text(cid) or "" for cid in ids]
    futures = {
        ctx.executor.submit(
            ctx.registry.voyage.embed,
            batch,
            model=ctx.settings.embedding_model,
            input_type="document",
        ): start
        for start, batch in zip(range(0, len(texts), EMBED_BATCH), _chunks(texts, EMBED_BATCH))
    }
    written = 0
    for fut in as_completed(futures):
        start = futures[fut]
        for offset, vec in enumerate(fut.result().embeddings):
            repo.save_vector(ids[start + offset], vec)
            written += 1
    return {"indexed": written}


@job("bulk_screen")
def bulk_screen(ctx: JobContext, job_id: str, candidate_ids: list[str]) -> dict:
    """Screen a batch of candidates for one job (untracked, see RECRUIT-131)."""
    jobs = JobRepository(ctx.db)
    cands = CandidateRepository(ctx.db)
    screenings = ScreeningRepository(ctx.db)
    jd = jobs.get(job_id)
    if jd is None:
        raise ValueError(f"job {job_id} not found")
    client = ctx.registry.anthropic
    done, failed = 0, []
    for cid in candidate_ids:
        cand = cands.get(cid)
        if cand is None:
            failed.append(cid)
            continue
        msg = client.messages.create(
            model=ctx.settings.screening_model,
            max_tokens=1200,
            system=prompts.SCREENING_SYSTEM_V3,
            messages=[
                {
                    "role": "user",
                    "content": prompts.screening_user_prompt(
                        jd["description"], jd["rubric"], cand["cv_text"]
                    ),
                }
            ],
        )
        try:
            result = parse_screening_json(msg.content[0].text)
        except (ValueError, json.JSONDecodeError):
            failed.append(cid)
            continue
        screenings.create(cid, job_id, result)
        done += 1
    return {"screened": done, "failed": failed}


async def _tracked_screen(ctx: JobContext, jd: dict, cv_text: str) -> dict:
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=ctx.settings.screening_model,
        feature_context="bulk_screen_v2",
        tenant_id=ctx.tenant_id,
    ) as usage_log:
        msg = ctx.registry.anthropic.messages.create(
            model=ctx.settings.screening_model,
            max_tokens=1200,
            system=prompts.SCREENING_SYSTEM_V3,
            messages=[
                {
                    "role": "user",
                    "content": prompts.screening_user_prompt(
                        jd["description"], jd["rubric"], cv_text
                    ),
                }
            ],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return parse_screening_json(msg.content[0].text)


@job("bulk_screen_v2")
def bulk_screen_v2(ctx: JobContext, job_id: str, candidate_ids: list[str]) -> dict:
    """Tracked replacement for bulk_screen.  Switch the console over then delete v1."""
    jd = JobRepository(ctx.db).get(job_id)
    cands = CandidateRepository(ctx.db)
    screenings = ScreeningRepository(ctx.db)
    done = 0
    for cid in candidate_ids:
        text = cands.cv_text(cid)
        if not text:
            continue
        result = asyncio.run(_tracked_screen(ctx, jd, text))
        screenings.create(cid, job_id, result)
        done += 1
    return {"screened": done}


@job("embed_archive_openai")
def embed_archive_openai(ctx: JobContext, texts: list[str]) -> dict:
    """One-off: embeddings for the 2022 archive, kept on OpenAI for comparison
    with the old search index."""
    embed = functools.partial(
        ctx.registry.openai.embeddings.create, model="text-embedding-3-small", dimensions=512
    )
    total = 0
    vectors = []
    for batch in _chunks(texts, 256):
        res = embed(input=batch)
        vectors.extend(d.embedding for d in res.data)
        total += res.usage.total_tokens
    return {"vectors": len(vectors), "tokens": total}


@job("dedupe_notes")
def dedupe_notes(ctx: JobContext, notes: list[str], threshold: float = 0.95) -> dict:
    from recruit_api.services.embeddings import cosine

    res = ctx.registry.mistral.embeddings.create(model="mistral-embed", inputs=notes)
    vecs = [d.embedding for d in res.data]
    dupes = []
    for i in range(len(vecs)):
        for j in range(i + 1, len(vecs)):
            if cosine(vecs[i], vecs[j]) >= threshold:
                dupes.append((i, j))
    return {"duplicates": dupes}


@job("translate_drafts")
def translate_drafts(ctx: JobContext, drafts: list[dict], language: str) -> list[dict]:
    gemini = ctx.registry.gemini
    out = []
    for d in drafts:
        response = gemini.models.generate_content(
            model="gemini-1.5-flash",
            contents=f"Translate this recruiting email into {language}. Keep the tone.\n\n"
            f"Subject: {d['subject']}\n\n{d['body']}",
        )
        out.append({"id": d.get("id"), "translated": response.text})
    return out
