"""/v2/outreach - outreach drafts."""
from __future__ import annotations

import asyncio
import logging

import falcon

from recruit_api.hooks import moderate_recruiter_input, no_store, require_fields
from recruit_api.services import TaskComplexity, multi_model_service
from recruit_api.services import prompts
from recruit_api.services.outreach_writer import OutreachRequest

log = logging.getLogger(__name__)

_REQUIRED = ("candidate_id", "job_title", "company", "recruiter_name")


def _build_request(body: dict, candidate: dict) -> OutreachRequest:
    profile = candidate.get("profile") or {}
    roles = profile.get("roles") or [{}]
    return OutreachRequest(
        candidate_name=candidate.get("name") or "there",
        current_role=f"{roles[0].get('title', '')} at {roles[0].get('company', '')}".strip(" at"),
        highlights=body.get("highlights") or ", ".join(profile.get("skills", [])[:6]),
        job_title=body["job_title"],
        company=body["company"],
        fit_reason=body.get("fit_reason", ""),
        recruiter_name=body["recruiter_name"],
        tone=body.get("tone", "friendly, professional"),
    )


@falcon.after(no_store)
class OutreachCollection:
    def __init__(self, writer, candidates, drafts) -> None:
        self.writer = writer
        self.candidates = candidates
        self.drafts = drafts

    @falcon.before(require_fields(*_REQUIRED))
    @falcon.before(moderate_recruiter_input)
    async def on_post(self, req, resp):
        body = req.context.body
        cand = self.candidates.get(body["candidate_id"])
        if cand is None:
            raise falcon.HTTPNotFound()
        n = min(int(body.get("variants", 1)), 3)
        drafts = await asyncio.to_thread(self.writer.draft, _build_request(body, cand), n)
        ids = [self.drafts.create(cand["id"], d.subject, d.body) for d in drafts]
        resp.status = falcon.HTTP_201
        resp.media = {
            "drafts": [
                {"id": i, "subject": d.subject, "body": d.body} for i, d in zip(ids, drafts)
            ]
        }

    @falcon.before(require_fields("previous_email"))
    async def on_post_followup(self, req, resp):
        body = req.context.body
        text = await multi_model_service.generate_response(
            prompt=prompts.FOLLOWUP_USER.substitute(
                previous_email=body["previous_email"], days=body.get("days", 5)
            ),
            task_type="outreach_followup",
            complexity=TaskComplexity.SIMPLE,
            system=prompts.OUTREACH_SYSTEM,
            tenant_id=req.context.tenant_id,
        )
        resp.media = {"body": text}


class OutreachStreamResource:
    """SSE endpoint so the console can show the draft being typed."""

    def __init__(self, candidates) -> None:
        self.candidates = candidates

    @falcon.before(require_fields(*_REQUIRED))
    @falcon.before(moderate_recruiter_input)
    async def on_post(self, req, resp):
        body = req.context.body
        cand = self.candidates.get(body["candidate_id"])
        if cand is None:
            raise falcon.HTTPNotFound()
        outreach = _build_request(body, cand)
        settings = req.context.settings
        client = req.context.clients.async_openai

        async def events():
            stream = await client.chat.completions.create(
                model=settings.outreach_model,
                messages=[
                    {"role": "system", "content": prompts.OUTREACH_SYSTEM},
                    {"role": "user", "content": outreach.render()},
                ],
                stream=True,
            )
            async for chunk in stream:
                delta = chunk.choices[0].delta.content if chunk.choices else None
                if delta:
                    yield falcon.asgi.SSEvent(data=delta.encode("utf-8"), event="token")
            yield falcon.asgi.SSEvent(event="done")

        resp.sse = events()


class MarkdownDraftResource:
    """GET a stored draft as text/markdown (uses the MarkdownHandler)."""

    def __init__(self, db) -> None:
        self.db = db

    async def on_get(self, req, resp, draft_id: str):
        with self.db.connect() as conn:
            row = conn.execute(
                "SELECT subject, body FROM outreach_drafts WHERE id = ?", (draft_id,)
            ).fetchone()
        if row is None:
            raise falcon.HTTPNotFound()
        resp.content_type = "text/markdown"
        resp.media = {"markdown": f"**{row['subject']}**\n\n{row['body']}"}
