from fastapi import APIRouter, Depends

from app.db import TicketRepository
from app.deps import get_arq_pool, get_ticket_repo
from app.errors import NotFound
from app.logging_config import get_logger
from app.schemas import DraftRequest, TicketIn, TicketOut
from app.services.drafts import DraftService
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.services.summarizer import summarizer
from app.services.triage import TriageService

router = APIRouter(prefix="/tickets", tags=["tickets"])
log = get_logger(__name__)


def _out(ticket) -> TicketOut:
    return TicketOut(
        id=ticket.id,
        category=ticket.category,
        priority=ticket.priority,
        language=ticket.language,
        summary=ticket.summary,
    )


@router.post("", response_model=TicketOut, status_code=201)
async def create_ticket(
    body: TicketIn,
    repo: TicketRepository = Depends(get_ticket_repo),
    arq=Depends(get_arq_pool),
):
    ticket = await repo.create(customer_id=body.customer_id, subject=body.subject, body=body.body)
    await arq.enqueue_job("triage_ticket", ticket.id, _job_id=f"triage:{ticket.id}")
    return _out(ticket)


@router.post("/{ticket_id}/triage", response_model=TicketOut)
async def triage_now(ticket_id: str, repo: TicketRepository = Depends(get_ticket_repo)):
    ticket = await repo.get(ticket_id)
    if ticket is None:
        raise NotFound("ticket not found", ticket_id=ticket_id)
    result = await TriageService().classify(ticket.subject, ticket.body)
    ticket = await repo.update(
        ticket, category=result.category, priority=result.priority, language=result.language
    )
    return _out(ticket)


@router.post("/{ticket_id}/summary", response_model=TicketOut)
async def summarise_ticket(ticket_id: str, repo: TicketRepository = Depends(get_ticket_repo)):
    ticket = await repo.get(ticket_id)
    if ticket is None:
        raise NotFound("ticket not found", ticket_id=ticket_id)
    summary = await summarizer.summarise_ticket(ticket.subject, ticket.body)
    ticket = await repo.update(ticket, summary=summary)
    return _out(ticket)


@router.post("/{ticket_id}/suggested-tags")
async def suggested_tags(ticket_id: str, repo: TicketRepository = Depends(get_ticket_repo)):
    ticket = await repo.get(ticket_id)
    if ticket is None:
        raise NotFound("ticket not found", ticket_id=ticket_id)
    reply = await multi_model_service.generate_response(
        prompt=f"Suggest up to five comma-separated tags for this ticket:\n{ticket.subject}\n{ticket.body}",
        task_type="ticket_tags",
        complexity=TaskComplexity.SIMPLE,
    )
    return {"tags": [t.strip().lower() for t in reply.split(",") if t.strip()][:5]}


@router.post("/{ticket_id}/draft")
async def draft_reply(
    ticket_id: str, body: DraftRequest, repo: TicketRepository = Depends(get_ticket_repo)
):
    ticket = await repo.get(ticket_id)
    if ticket is None:
        raise NotFound("ticket not found", ticket_id=ticket_id)
    draft = await DraftService().draft(ticket, tone=body.tone, language=body.language)
    return {"draft": draft}
