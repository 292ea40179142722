"""/v2/jobs - job descriptions and rubrics."""
from __future__ import annotations

import asyncio
import json
import logging

import falcon
from google.genai import types

from recruit_api.hooks import require_fields

log = logging.getLogger(__name__)

RUBRIC_PROMPT = """From this job description derive a screening rubric of 4-6
criteria. Return JSON: {{"criterion_name": "what a 5/5 candidate shows", ...}}.

JOB DESCRIPTION:
{jd}"""

JD_CLEANUP_PROMPT = """Rewrite this job description to remove gendered or
exclusionary language and jargon, keep all requirements. Return only the text.

{jd}"""


class JobCollection:
    def __init__(self, jobs, gemini, model: str) -> None:
        self.jobs = jobs
        self._gemini = gemini
        self.model = model

    def _derive_rubric(self, jd: str) -> dict[str, str]:
        response = self._gemini.models.generate_content(
            model=self.model,
            contents=RUBRIC_PROMPT.format(jd=jd),
            config=types.GenerateContentConfig(response_mime_type="application/json"),
        )
        return json.loads(response.text)

    @falcon.before(require_fields("title", "description"))
    async def on_post(self, req, resp):
        body = req.context.body
        rubric = body.get("rubric") or await asyncio.to_thread(self._derive_rubric, body["description"])
        jid = self.jobs.create(body["title"], body["description"], rubric)
        resp.status = falcon.HTTP_201
        resp.location = f"/v2/jobs/{jid}"
        resp.media = {"id": jid, "rubric": rubric}


class JobItem:
    def __init__(self, jobs) -> None:
        self.jobs = jobs

    async def on_get(self, req, resp, job_id: str):
        job = self.jobs.get(job_id)
        if job is None:
            raise falcon.HTTPNotFound()
        resp.media = job

    async def on_post_inclusive(self, req, resp, job_id: str):
        """Suggest an inclusive rewrite of the JD (streams plain text)."""
        job = self.jobs.get(job_id)
        if job is None:
            raise falcon.HTTPNotFound()
        gemini = req.context.clients.gemini

        async def body():
            async for chunk in await gemini.aio.models.generate_content_stream(
                model="gemini-1.5-flash",
                contents=JD_CLEANUP_PROMPT.format(jd=job["description"]),
            ):
                if chunk.text:
                    yield chunk.text.encode("utf-8")

        resp.content_type = falcon.MEDIA_TEXT
        resp.stream = body()
