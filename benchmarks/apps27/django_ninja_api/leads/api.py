from __future__ import annotations

from asgiref.sync import sync_to_async
from django.apps import apps
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, ModelSchema, Router, Schema
from xai_sdk.chat import system, user

from homestead.llm_factory import build_client, model_for
from listings.models import Listing

from .models import ChatMessage, Conversation, Inquiry
from .services import ConciergeSession, triage_inquiry_tracked

router = Router(tags=["leads"])


class InquiryIn(Schema):
    listing_id: int
    name: str = Field(..., max_length=120)
    email: str
    phone: str = ""
    message: str = Field(..., max_length=4000)


class InquiryOut(ModelSchema):
    class Meta:
        model = Inquiry
        fields = ["id", "listing", "intent", "urgency", "triage_summary", "created_at"]


class ChatIn(Schema):
    visitor_id: str
    message: str = Field(..., max_length=2000)


class ChatOut(Schema):
    conversation_id: int
    reply: str


class LeadScoreOut(Schema):
    inquiry_id: int
    score: int
    rationale: str


def _session_for(conversation: Conversation) -> ConciergeSession:
    session = ConciergeSession(listing=conversation.listing)
    for m in conversation.messages.all():
        session.chat(m.role, m.content)
    return session


@router.post("/inquiries", response={201: InquiryOut})
def create_inquiry(request, payload: InquiryIn):
    listing = get_object_or_404(Listing, pk=payload.listing_id)
    inquiry = Inquiry.objects.create(listing=listing, **payload.dict(exclude={"listing_id"}))
    return 201, inquiry  # triage happens in leads.signals


@router.post("/inquiries/triage-now", response=InquiryOut)
async def triage_now(request, inquiry_id: int):
    inquiry = await Inquiry.objects.select_related("listing").aget(pk=inquiry_id)
    result = await triage_inquiry_tracked(inquiry.listing.summary_line, inquiry.message, user_id=request.user.pk)
    inquiry.intent = result.get("intent", Inquiry.Intent.QUESTION)
    inquiry.urgency = int(result.get("urgency", 0))
    inquiry.triage_summary = result.get("summary", "")
    await inquiry.asave(update_fields=["intent", "urgency", "triage_summary"])
    return inquiry


@router.post("/listings/{listing_id}/chat", response=ChatOut)
def chat(request, listing_id: int, payload: ChatIn):
    listing = get_object_or_404(Listing, pk=listing_id, status=Listing.Status.ACTIVE)
    conversation, _ = Conversation.objects.get_or_create(listing=listing, visitor_id=payload.visitor_id, closed=False)
    ChatMessage.objects.create(conversation=conversation, role="user", content=payload.message)

    session = _session_for(conversation)
    reply = apps.get_app_config("leads").concierge.reply(session)
    ChatMessage.objects.create(conversation=conversation, role="assistant", content=reply)
    return {"conversation_id": conversation.pk, "reply": reply}


@router.get("/conversations/{conversation_id}/stream")
def chat_stream(request, conversation_id: int):
    conversation = get_object_or_404(Conversation.objects.select_related("listing"), pk=conversation_id)
    session = _session_for(conversation)
    concierge = apps.get_app_config("leads").concierge

    def events():
        for piece in concierge.stream_reply(session):
            yield f"data: {piece}\n\n"
        ChatMessage.objects.create(conversation=conversation, role="assistant", content=session.history[-1]["content"])
        yield "event: done\ndata: {}\n\n"

    return StreamingHttpResponse(events(), content_type="text/event-stream")


@router.post("/listings/{listing_id}/quick-answer", response=ChatOut)
async def quick_answer(request, listing_id: int, payload: ChatIn):
    """Stateless FAQ answer for the listing page widget (no transcript kept)."""
    listing = await Listing.objects.aget(pk=listing_id)
    session = ConciergeSession(listing=listing).chat("user", payload.message)
    client = apps.get_app_config("core").async_anthropic
    message = await client.messages.create(
        model=model_for("concierge_fast"),
        max_tokens=300,
        system=session.system_prompt,
        messages=session.trimmed(),
    )
    return {"conversation_id": 0, "reply": message.content[0].text}


@router.post("/inquiries/{inquiry_id}/score", response=LeadScoreOut)
async def score_lead(request, inquiry_id: int):
    """Experimental (agents beta): Grok scores how likely the inquiry converts."""
    inquiry = await Inquiry.objects.select_related("listing").aget(pk=inquiry_id)
    client = build_client("xai", async_=True)
    conversation = client.chat.create(model=model_for("market_commentary"), temperature=0)
    conversation.append(system("Score 0-100 how likely this inquiry leads to a showing. Reply 'score|one-line reason'."))
    conversation.append(user(f"Listing: {inquiry.listing.summary_line}\nInquiry: {inquiry.message}"))
    response = await conversation.sample()
    score_text, _, rationale = response.content.partition("|")
    try:
        score = max(0, min(100, int(score_text.strip())))
    except ValueError:
        score = 0
    return {"inquiry_id": inquiry.pk, "score": score, "rationale": rationale.strip()}


@router.get("/inquiries", response=list[InquiryOut])
async def list_inquiries(request, listing_id: int | None = None):
    qs = Inquiry.objects.order_by("-created_at")
    if listing_id:
        qs = qs.filter(listing_id=listing_id)
    return await sync_to_async(list)(qs[:100])
