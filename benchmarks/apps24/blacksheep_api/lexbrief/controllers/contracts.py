from __future__ import annotations

import logging

from blacksheep import Response, StreamedContent
from blacksheep.server.controllers import Controller, get, post
from blacksheep.server.bindings import FromJSON

from lexbrief.clients import ProviderClients
from lexbrief.models import RedlineRequest, ReviewRequest
from lexbrief.services.clause_extractor import ClauseExtractor
from lexbrief.services.contract_review import ContractReviewService
from lexbrief.services.redline import RedlineService

log = logging.getLogger(__name__)


class ContractsController(Controller):
    def __init__(
        self,
        review: ContractReviewService,
        extractor: ClauseExtractor,
        redline: RedlineService,
        clients: ProviderClients,
    ) -> None:
        self.review_service = review
        self.extractor = extractor
        self.redline = redline
        self.clients = clients

    @classmethod
    def route(cls) -> str:
        return "/api/contracts"

    @post("/review")
    async def review(self, data: FromJSON[ReviewRequest]) -> Response:
        result = await self.review_service.review_tracked(data.value)
        return self.json(result.model_dump())

    @post("/review/legacy")
    async def review_untracked(self, data: FromJSON[ReviewRequest]) -> Response:
        # kept for the v1 web client; remove once the new review screen ships
        result = await self.review_service.review(data.value)
        return self.json(result.model_dump())

    @post("/review/stream")
    async def review_stream(self, data: FromJSON[ReviewRequest]) -> Response:
        service = self.review_service
        req = data.value

        async def provider():
            async for piece in service.stream_review(req):
                yield piece.encode("utf-8")

        return Response(200, content=StreamedContent(b"text/markdown; charset=utf-8", provider))

    @post("/review/estimate")
    async def estimate(self, data: FromJSON[ReviewRequest]) -> Response:
        tokens = await self.review_service.estimate_input_tokens(data.value)
        return self.json({"input_tokens": tokens})

    @post("/clauses")
    async def clauses(self, data: FromJSON[ReviewRequest]) -> Response:
        extraction = await self.extractor.extract(data.value.text, playbook=data.value.playbook)
        return self.json(extraction.model_dump())

    @post("/clauses/explain")
    async def explain_clause(self, data: FromJSON[RedlineRequest]) -> Response:
        msg = await self.clients.anthropic.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=600,
            messages=[
                {
                    "role": "user",
                    "content": "Explain this clause to a business user in 3 sentences, then list the main risk.\n\n"
                    + data.value.clause_text,
                }
            ],
        )
        return self.json({"explanation": msg.content[0].text})

    @post("/redline")
    async def suggest_redline(self, data: FromJSON[RedlineRequest]) -> Response:
        return self.json({"redline": await self.redline.suggest(data.value)})

    @get("/playbooks")
    async def playbooks(self) -> Response:
        from lexbrief.services.contract_review import PLAYBOOKS

        return self.json(sorted(PLAYBOOKS))
