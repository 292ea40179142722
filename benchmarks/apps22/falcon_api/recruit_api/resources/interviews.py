"""/v2/interviews - interview notes: summaries and prep questions."""
from __future__ import annotations

import asyncio
import logging

import falcon
from google.genai import types

from recruit_api.hooks import require_fields
from recruit_api.services.fallback import with_fallback

log = logging.getLogger(__name__)

PREP_SYSTEM = (
    "You help interviewers prepare. Given a CV and job description, propose probing, "
    "non-leading questions that test the claims in the CV. Never ask about protected "
    "characteristics."
)


class InterviewSummaryResource:
    def __init__(self, summarizer) -> None:
        self.summarizer = summarizer

    @falcon.before(require_fields("notes"))
    async def on_post(self, req, resp):
        body = req.context.body

        async def primary(notes: str) -> str:
            return await self.summarizer.summarize_async(notes, body.get("language"))

        summary = await with_fallback(
            primary,
            req.context.clients.http,
            body["notes"],
            system="Summarise these interview notes for a hiring committee.",
        )
        resp.media = {"summary": summary}

    @falcon.before(require_fields("summaries"))
    async def on_post_panel(self, req, resp):
        summaries = req.context.body["summaries"]
        if not isinstance(summaries, list) or len(summaries) < 2:
            raise falcon.HTTPBadRequest(description="need at least two summaries")
        merged = await asyncio.to_thread(self.summarizer.merge_panel, summaries)
        resp.media = {"recommendation": merged}


class InterviewPrepResource:
    """Multi-turn prep assistant backed by a Gemini chat session."""

    def __init__(self, model: str = "gemini-1.5-pro") -> None:
        self.model = model

    @falcon.before(require_fields("job_description", "cv_text"))
    async def on_post(self, req, resp):
        body = req.context.body
        gemini = req.context.clients.gemini
        chat = gemini.aio.chats.create(
            model=self.model,
            config=types.GenerateContentConfig(system_instruction=PREP_SYSTEM, temperature=0.6),
        )
        first = await chat.send_message(
            f"JOB:\n{body['job_description']}\n\nCV:\n{body['cv_text']}\n\n"
            "List 8 questions, grouped by competency."
        )
        questions = first.text
        follow = None
        if body.get("focus"):
            second = await chat.send_message(
                f"Now add 3 deeper follow-ups focused on: {body['focus']}"
            )
            follow = second.text
        resp.media = {"questions": questions, "focus_followups": follow}
