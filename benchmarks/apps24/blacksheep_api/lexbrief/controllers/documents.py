from __future__ import annotations

import logging

from blacksheep import Request, Response
from blacksheep.server.controllers import Controller, get, post

from lexbrief.clients import ProviderClients, ProviderRegistry, summary_config
from lexbrief.services.privilege_screen import screen
from lexbrief.services.summarizer import SUMMARY_MODEL, SummaryService
from lexbrief.services.transcripts import TranscriptService

log = logging.getLogger(__name__)


class DocumentsController(Controller):
    summaries: SummaryService
    registry: ProviderRegistry
    clients: ProviderClients

    @classmethod
    def route(cls) -> str:
        return "/api/documents"

    @post("/summarize")
    async def summarize(self, request: Request) -> Response:
        body = await request.json()
        text = body["text"]
        style = body.get("style", "brief")
        if not await self.summaries.fits_context(text):
            return self.bad_request("document too large for summary")
        return self.json({"summary": await self.summaries.summarize(text, style)})

    @post("/key-dates")
    async def key_dates(self, request: Request) -> Response:
        body = await request.json()
        gemini = self.registry.get("gemini")
        response = await gemini.aio.models.generate_content(
            model=SUMMARY_MODEL,
            contents=body["text"],
            config=summary_config(
                "List every date, deadline, notice period and renewal window as JSON "
                '[{"date": str, "event": str, "clause": str}]',
                json_output=True,
            ),
        )
        return self.json({"key_dates": response.parsed or response.text})

    @post("/screen")
    async def screen_document(self, request: Request) -> Response:
        body = await request.json()
        result = await screen(self.clients.openai, body["text"], matter_id=body.get("matter_id"))
        return self.json(result.__dict__)

    @post("/depositions/{matter_id}")
    async def upload_deposition(self, matter_id: str, request: Request, transcripts: TranscriptService) -> Response:
        files = await request.files()
        if not files:
            return self.bad_request("no audio attached")
        part = files[0]
        filename = part.file_name.decode() if part.file_name else "deposition.m4a"
        await transcripts.archive_audio(filename, part.data)
        transcript = await transcripts.transcribe(filename, part.data)
        summary = await transcripts.summarize_deposition(transcript, matter_id)
        return self.json({"transcript": transcript, "summary": summary})

    @get("/providers")
    async def providers(self) -> Response:
        return self.json(self.registry.names())
