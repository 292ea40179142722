"""/v2/search - semantic candidate search."""
from __future__ import annotations

import asyncio
import logging

import falcon

from recruit_api.services.embeddings import cosine

log = logging.getLogger(__name__)


class CandidateSearchResource:
    def __init__(self, matcher, candidates, settings) -> None:
        self.matcher = matcher
        self.candidates = candidates
        self.settings = settings

    async def on_get(self, req, resp):
        """?q=... free-text search over indexed CVs (async voyage client)."""
        q = req.get_param("q", required=True)
        limit = req.get_param_as_int("limit", default=10, min_value=1, max_value=50)
        vo = req.context.clients.async_voyage
        emb = await vo.embed([q], model=self.settings.embedding_model, input_type="query")
        qvec = emb.embeddings[0]
        scored = sorted(
            ((cid, cosine(qvec, vec)) for cid, vec in self.candidates.iter_vectors()),
            key=lambda t: t[1],
            reverse=True,
        )[: limit * 3]
        if not scored:
            resp.media = {"items": []}
            return
        docs = [self.candidates.cv_text(cid) for cid, _ in scored]
        reranked = await vo.rerank(q, docs, model=self.settings.rerank_model, top_k=limit)
        resp.media = {
            "items": [
                {"candidate_id": scored[r.index][0], "score": r.relevance_score}
                for r in reranked.results
            ]
        }

    async def on_post_shortlist(self, req, resp):
        body = await req.get_media()
        jd = body.get("job_description")
        if not jd:
            raise falcon.HTTPBadRequest(description="job_description required")
        matches = await asyncio.to_thread(self.matcher.shortlist, jd, int(body.get("limit", 20)))
        resp.media = {
            "items": [
                {"candidate_id": m.candidate_id, "score": m.score, "rerank": m.rerank_score}
                for m in matches
            ]
        }


class ReindexResource:
    def __init__(self, runner) -> None:
        self.runner = runner

    async def on_post(self, req, resp):
        job_id = self.runner.submit("reindex_candidates", tenant_id=req.context.tenant_id)
        resp.status = falcon.HTTP_202
        resp.media = {"job_id": job_id}
