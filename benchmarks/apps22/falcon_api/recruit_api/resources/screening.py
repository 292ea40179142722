"""/v2/jobs/{job_id}/screenings - score candidates against a job."""
from __future__ import annotations

import asyncio
import json
import logging

import falcon

from recruit_api.hooks import max_input_tokens, require_fields
from recruit_api.services import prompts
from recruit_api.services.screener import parse_screening_json

log = logging.getLogger(__name__)


class ScreeningCollection:
    def __init__(self, screener, jobs, candidates, screenings) -> None:
        self.screener = screener
        self.jobs = jobs
        self.candidates = candidates
        self.screenings = screenings

    def _load(self, job_id: str, candidate_id: str) -> tuple[dict, dict]:
        job = self.jobs.get(job_id)
        cand = self.candidates.get(candidate_id)
        if job is None or cand is None:
            raise falcon.HTTPNotFound(description="job or candidate not found")
        return job, cand

    async def on_get(self, req, resp, job_id: str):
        resp.media = {"items": self.screenings.for_job(job_id)}

    @falcon.before(require_fields("candidate_id"))
    async def on_post(self, req, resp, job_id: str):
        job, cand = self._load(job_id, req.context.body["candidate_id"])
        result = await self.screener.score_tracked(
            job["description"], job["rubric"], cand["cv_text"], tenant_id=req.context.tenant_id
        )
        sid = self.screenings.create(cand["id"], job_id, result.to_dict())
        resp.status = falcon.HTTP_201
        resp.media = {"id": sid, **result.to_dict()}

    async def on_post_rationale(self, req, resp, job_id: str):
        body = await req.get_media()
        job, cand = self._load(job_id, body["candidate_id"])

        async def gen():
            # stream_rationale is a sync generator over the SDK stream
            it = self.screener.stream_rationale(job["description"], cand["cv_text"])
            while True:
                chunk = await asyncio.to_thread(next, it, None)
                if chunk is None:
                    break
                yield chunk.encode("utf-8")

        resp.content_type = falcon.MEDIA_TEXT
        resp.stream = gen()


class QuickScreenResource:
    """/v2/quick-screen - paste a CV and a JD, no persistence.

    Used by the Chrome extension.  Talks to Claude directly on the async client
    (the extension needs low latency and we never wired it into the tracker).
    """

    @falcon.before(require_fields("job_description", "cv_text"))
    @falcon.before(max_input_tokens(30_000))
    async def on_post(self, req, resp):
        body = req.context.body
        settings = req.context.settings
        rubric = body.get("rubric") or {
            "relevant_experience": "Years and depth in the same kind of role",
            "skills_match": "Overlap with the required skills",
            "communication": "Clarity of the CV itself",
        }
        message = await req.context.clients.async_anthropic.messages.create(
            model=settings.screening_model,
            max_tokens=1000,
            system=prompts.SCREENING_SYSTEM_V3,
            messages=[
                {
                    "role": "user",
                    "content": prompts.screening_user_prompt(
                        body["job_description"], rubric, body["cv_text"]
                    ),
                }
            ],
        )
        text = message.content[0].text
        try:
            resp.media = parse_screening_json(text)
        except (ValueError, json.JSONDecodeError):
            log.warning("quick-screen returned non-JSON output")
            resp.media = {"raw": text}
