"""Ticket intake + agent console endpoints."""
from __future__ import annotations

import logging

import anthropic
from injector import Injector
from starlette.background import BackgroundTask
from starlette.endpoints import HTTPEndpoint
from starlette.requests import Request
from starlette.responses import JSONResponse, StreamingResponse
from starlette.routing import Route

from supportbot.routes.deps import get_injector, resolve
from supportbot.services import ComplianceReviewer, ProviderRegistry, TicketRepository, ToneChecker, TriageService
from supportbot.settings import Settings

log = logging.getLogger(__name__)


async def _triage_in_background(injector: Injector, reference: str) -> None:
    repo = injector.get(TicketRepository)
    ticket = await repo.get(reference)
    if ticket is None:
        return
    result = await injector.get(TriageService).triage(f"{ticket.subject}\n\n{ticket.body}")
    ticket.category, ticket.urgency = result.category.value, result.urgency
    await repo.update(ticket)


def _auto_acknowledge(injector: Injector, reference: str, subject: str, body: str) -> None:
    """Sends the 'we got your ticket' note with a one-line summary. Runs in the threadpool."""
    client = injector.get(anthropic.Anthropic)
    model = injector.get(Settings).triage_model
    msg = client.messages.create(
        model=model,
        max_tokens=120,
        messages=[
            {
                "role": "user",
                "content": f"Summarise this customer request in one neutral sentence:\n{subject}\n{body}",
            }
        ],
    )
    summary = msg.content[0].text
    log.info("ack %s: %s", reference, summary)
    # TODO: actually send via notifications service once it exposes an API


class TicketCollection(HTTPEndpoint):
    async def post(self, request: Request) -> JSONResponse:
        data = await request.json()
        ticket = await resolve(request, TicketRepository).create(
            customer_id=data["customer_id"], subject=data["subject"], body=data["body"]
        )
        injector = get_injector(request)
        task = BackgroundTask(_triage_in_background, injector, ticket.reference)
        if request.app.state.injector.get(Settings).feature_flags.get("auto_ack"):
            task = BackgroundTask(_chain, task, BackgroundTask(_auto_acknowledge, injector, ticket.reference, ticket.subject, ticket.body))
        return JSONResponse({"reference": ticket.reference}, status_code=201, background=task)


async def _chain(*tasks: BackgroundTask) -> None:
    for t in tasks:
        await t()


async def draft_reply(request: Request) -> StreamingResponse:
    reference = request.path_params["reference"]
    ticket = await resolve(request, TicketRepository).get(reference)
    triage = resolve(request, TriageService)
    return StreamingResponse(triage.stream_draft(f"{ticket.subject}\n\n{ticket.body}"), media_type="text/plain")


async def review_reply(request: Request) -> JSONResponse:
    data = await request.json()
    reviewer = resolve(request, ComplianceReviewer)
    review = reviewer.review(data["draft"])
    if not await reviewer.quick_check(data["draft"]):
        review.violations.append("possible refund promise")
    tone = await resolve(request, ToneChecker).classify(data["draft"])
    return JSONResponse({"approved": review.approved, "violations": review.violations, "tone": tone})


async def rerun_on_model(request: Request) -> JSONResponse:
    data = await request.json()
    registry = resolve(request, ProviderRegistry)
    text = registry.chat(data["model"], data["messages"])
    return JSONResponse({"model": data["model"], "text": text})


routes = [
    Route("/tickets", TicketCollection),
    Route("/tickets/{reference}/draft", draft_reply, methods=["GET"]),
    Route("/tickets/review", review_reply, methods=["POST"]),
    Route("/tickets/rerun", rerun_on_model, methods=["POST"]),
]
