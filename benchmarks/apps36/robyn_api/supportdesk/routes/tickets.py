from __future__ import annotations

import json
import logging

from robyn import Request, Response, SubRouter

from supportdesk.llm import get_openai_client
from supportdesk.repositories.tickets import TicketRepository
from supportdesk.schemas import Ticket
from supportdesk.services.sentiment import score_sentiment
from supportdesk.services.similar_tickets import SimilarTicketFinder
from supportdesk.services.triage import TriageService

logger = logging.getLogger(__name__)

router = SubRouter(__file__, prefix="/tickets")
router.inject(tickets=TicketRepository())

_triage: TriageService | None = None


def triage_service() -> TriageService:
    global _triage
    if _triage is None:
        _triage = TriageService()
    return _triage


@router.post("/")
async def create_ticket(request: Request, router_dependencies):
    payload = request.json()
    repo: TicketRepository = router_dependencies["tickets"]
    ticket = repo.create(
        Ticket(
            id=None,
            customer_email=payload["email"],
            subject=payload.get("subject", "(no subject)"),
            body=payload["body"],
        )
    )
    result = triage_service().triage_and_save(ticket)
    return {"ticket": ticket.to_dict(), "triage": {"category": result.category.value,
                                                   "priority": result.priority.value,
                                                   "summary": result.summary}}


@router.get("/:ticket_id")
async def get_ticket(request: Request, router_dependencies):
    ticket = router_dependencies["tickets"].get(int(request.path_params["ticket_id"]))
    if ticket is None:
        return Response(status_code=404, headers={}, description="not found")
    return ticket.to_dict()


@router.post("/:ticket_id/retriage")
async def retriage(request: Request, router_dependencies):
    ticket = router_dependencies["tickets"].get(int(request.path_params["ticket_id"]))
    if ticket is None:
        return Response(status_code=404, headers={}, description="not found")
    result = triage_service().triage_and_save(ticket)
    tags = triage_service().quick_tags(ticket)
    router_dependencies["tickets"].add_tags(ticket.id, tags)
    return {"category": result.category.value, "priority": result.priority.value, "tags": tags}


@router.post("/:ticket_id/sentiment")
async def sentiment(request: Request, router_dependencies):
    ticket = router_dependencies["tickets"].get(int(request.path_params["ticket_id"]))
    if ticket is None:
        return Response(status_code=404, headers={}, description="not found")
    return {"sentiment": await score_sentiment(ticket.body)}


@router.post("/:ticket_id/extract")
async def extract_fields(request: Request, global_dependencies, router_dependencies):
    """Pull order ids / plan names out of the ticket body (structured output)."""
    ticket = router_dependencies["tickets"].get(int(request.path_params["ticket_id"]))
    if ticket is None:
        return Response(status_code=404, headers={}, description="not found")
    client = global_dependencies["openai"]
    response = await client.responses.create(
        model="gpt-4o-mini",
        instructions="Extract order_id, plan, and product_area as JSON. Use null when absent.",
        input=ticket.body,
        text={"format": {"type": "json_object"}},
    )
    try:
        return json.loads(response.output_text)
    except json.JSONDecodeError:
        return Response(status_code=502, headers={}, description="model returned invalid JSON")


@router.get("/")
async def list_tickets(request: Request, router_dependencies):
    limit = int(request.query_params.get("limit", "50"))
    return [t.to_dict() for t in router_dependencies["tickets"].list_open(limit=limit)]


def _parse_inbound_email(payload: dict) -> Ticket:
    """Postmark-style inbound webhook -> Ticket."""
    sender = payload.get("FromFull", {}).get("Email") or payload.get("From", "")
    subject = (payload.get("Subject") or "(no subject)").strip()
    body = payload.get("StrippedTextReply") or payload.get("TextBody") or ""
    tags = []
    if payload.get("Attachments"):
        tags.append("has-attachments")
    if subject.lower().startswith(("re:", "fwd:")):
        tags.append("thread")
    return Ticket(id=None, customer_email=sender.lower(), subject=subject[:200], body=body, tags=tags)


@router.post("/inbound-email")
async def inbound_email(request: Request, global_dependencies, router_dependencies):
    repo: TicketRepository = router_dependencies["tickets"]
    ticket = _parse_inbound_email(request.json())
    if not ticket.body.strip():
        return Response(status_code=202, headers={}, description="empty body ignored")
    ticket = repo.create(ticket)
    finder = SimilarTicketFinder(get_openai_client())
    dupes = finder.find(ticket, [t for t in repo.list_open(limit=100) if t.id != ticket.id])
    if dupes:
        repo.add_tags(ticket.id, ["possible-duplicate"])
    global_dependencies["scheduler"].enqueue("nightly_triage")
    return {"id": ticket.id, "duplicates": dupes}


@router.post("/:ticket_id/next-step")
async def suggest_next_step(request: Request, global_dependencies, router_dependencies):
    """Streams a suggested next step for the agent; we collect it server-side for now."""
    ticket = router_dependencies["tickets"].get(int(request.path_params["ticket_id"]))
    if ticket is None:
        return Response(status_code=404, headers={}, description="not found")
    stream = await global_dependencies["openai"].chat.completions.create(
        model="gpt-4o-mini",
        stream=True,
        messages=[
            {"role": "system", "content": "Suggest the single best next action for a support agent."},
            {"role": "user", "content": ticket.body[:5000]},
        ],
    )
    parts = []
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            parts.append(chunk.choices[0].delta.content)
    return {"next_step": "".join(parts)}
