import logging
from typing import Optional

import httpx
from dependency_injector.wiring import Provide, inject
from fastapi import APIRouter, Depends, File, Form, UploadFile
from fastapi.concurrency import run_in_threadpool

from app.containers import Container
from app.schemas import (
    DraftReply,
    Ticket,
    TicketCategory,
    TicketCreate,
    TicketPriority,
    TriageResult,
)
from app.services.reply_service import ReplyDraftingService
from app.services.translation_service import TranslationService
from app.services.triage_service import TriageService
from app.services.voice_service import VoiceService
from app.repositories.ticket_repository import TicketRepository
from app.worker.queue import JobQueue

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/tickets", tags=["tickets"])

QUICK_CLASSIFY_PROMPT = (
    "Classify this support ticket subject line into one of: billing, account, bug, how_to, "
    "feature_request, other. Answer with the label only.\n\nSubject: {subject}"
)


@router.post("", response_model=Ticket, status_code=201)
@inject
async def create_ticket(
    payload: TicketCreate,
    tickets: TicketRepository = Depends(Provide[Container.ticket_repository]),
    queue: JobQueue = Depends(Provide[Container.job_queue]),
) -> Ticket:
    ticket = await tickets.create(payload)
    await queue.submit("triage_ticket", ticket_id=ticket.id)
    return ticket


@router.post("/{ticket_id}/triage", response_model=TriageResult)
@inject
async def triage_ticket(
    ticket_id: int,
    tickets: TicketRepository = Depends(Provide[Container.ticket_repository]),
    triage: TriageService = Depends(Provide[Container.triage_service]),
    slack_webhook_url: Optional[str] = Depends(Provide[Container.config.slack_webhook_url]),
) -> TriageResult:
    ticket = await tickets.get(ticket_id)
    result = await run_in_threadpool(triage.classify, ticket)
    await tickets.save_triage(ticket_id, result)
    if result.priority == TicketPriority.URGENT and slack_webhook_url:
        async with httpx.AsyncClient(timeout=5) as http:
            await http.post(
                slack_webhook_url,
                json={"text": f":rotating_light: Urgent ticket #{ticket.id}: {ticket.subject}"},
            )
    return result


@router.get("/quick-classify")
@inject
async def quick_classify(
    subject: str,
    bedrock=Depends(Provide[Container.bedrock_runtime]),
    model_id: str = Depends(Provide[Container.config.bedrock.triage_model_id]),
) -> dict:
    """Used by the new-ticket form to pre-fill the category while the customer types."""
    resp = bedrock.converse(
        modelId=model_id,
        messages=[{
            "role": "user",
            "content": [{"text": QUICK_CLASSIFY_PROMPT.format(subject=subject[:300])}],
        }],
        inferenceConfig={"maxTokens": 5, "temperature": 0},
    )
    label = resp["output"]["message"]["content"][0]["text"].strip().lower()
    try:
        return {"category": TicketCategory(label).value}
    except ValueError:
        return {"category": TicketCategory.OTHER.value}


@router.post("/{ticket_id}/draft", response_model=DraftReply)
@inject
async def draft_reply(
    ticket_id: int,
    tone: Optional[str] = None,
    tickets: TicketRepository = Depends(Provide[Container.ticket_repository]),
    replies: ReplyDraftingService = Depends(Provide[Container.reply_service]),
) -> DraftReply:
    ticket = await tickets.get(ticket_id)
    return await replies.draft(ticket, tone=tone)


@router.post("/{ticket_id}/translate")
@inject
async def translate_ticket(
    ticket_id: int,
    target: str = "English",
    tickets: TicketRepository = Depends(Provide[Container.ticket_repository]),
    translation: TranslationService = Depends(Provide[Container.translation_service]),
) -> dict:
    ticket = await tickets.get(ticket_id)
    text = await run_in_threadpool(translation.translate, ticket.body, target, ticket.id)
    return {"ticket_id": ticket.id, "target": target, "text": text}


@router.post("/{ticket_id}/voicemail")
@inject
async def upload_voicemail(
    ticket_id: int,
    audio: UploadFile = File(...),
    language: Optional[str] = Form(None),
    voice: VoiceService = Depends(Provide[Container.voice_service]),
) -> dict:
    data = await audio.read()
    transcript = await run_in_threadpool(
        voice.transcribe_voicemail, ticket_id, audio.filename or "voicemail.wav", data, language
    )
    return {"ticket_id": ticket_id, "transcript": transcript}
