import json
import logging
import os
import tempfile
from datetime import timedelta

from asgiref.sync import async_to_sync
from celery import shared_task
from django.conf import settings
from django.utils import timezone

from common.http import deliver
from services import storage
from services.ai import clients
from services.ai.providers import get_backend
from services.llm_usage_tracker import llm_tracker

from .legacy_ai import detect_language
from .models import CallRecording, DraftReply, Ticket

logger = logging.getLogger(__name__)

TRIAGE_TOOL = {
    "toolSpec": {
        "name": "record_triage",
        "description": "Record the triage decision for a support ticket.",
        "inputSchema": {
            "json": {
                "type": "object",
                "properties": {
                    "category": {"type": "string"},
                    "priority": {"type": "string", "enum": ["low", "normal", "high", "urgent"]},
                    "sentiment": {"type": "number", "minimum": -1, "maximum": 1},
                },
                "required": ["category", "priority", "sentiment"],
            }
        },
    }
}


@shared_task(bind=True, max_retries=3, default_retry_delay=20)
def triage_ticket(self, ticket_id):
    ticket = Ticket.objects.select_related("tenant").get(pk=ticket_id)
    bedrock = clients.get_bedrock_runtime()
    resp = bedrock.converse(
        modelId=settings.BEDROCK_MODELS["claude_fast"],
        system=[{"text": "You triage B2B SaaS support tickets."}],
        messages=[{"role": "user", "content": [{"text": f"{ticket.subject}\n\n{ticket.body[:10_000]}"}]}],
        toolConfig={"tools": [TRIAGE_TOOL], "toolChoice": {"tool": {"name": "record_triage"}}},
        inferenceConfig={"maxTokens": 300, "temperature": 0},
    )
    tool_use = next(
        block["toolUse"] for block in resp["output"]["message"]["content"] if "toolUse" in block
    )
    decision = tool_use["input"]
    ticket.category = decision["category"][:64]
    ticket.priority = decision["priority"]
    ticket.sentiment = decision["sentiment"]
    if not ticket.language:
        ticket.language = detect_language(ticket.body)
    ticket.triaged_at = timezone.now()
    ticket.save(update_fields=["category", "priority", "sentiment", "language", "triaged_at"])
    for endpoint in ticket.tenant.webhook_endpoints.filter(events__contains=["ticket.triaged"]):
        deliver(endpoint, "ticket.triaged", {"ticket": ticket.external_id, **decision})


@shared_task
def retriage_stale_tickets():
    cutoff = timezone.now() - timedelta(hours=2)
    stale = Ticket.objects.filter(state=Ticket.State.NEW, triaged_at__isnull=True, created_at__lt=cutoff)
    for ticket_id in stale.values_list("pk", flat=True)[:500]:
        triage_ticket.delay(ticket_id)


@shared_task
def draft_reply(ticket_id):
    ticket = Ticket.objects.select_related("tenant").get(pk=ticket_id)
    history = [
        {"role": "assistant" if m.is_agent else "user", "content": m.body}
        for m in ticket.messages.order_by("created_at")
    ] or [{"role": "user", "content": ticket.body}]
    backend = get_backend(ticket.tenant)
    result = backend.complete(
        history,
        system=f"You are a support agent for {ticket.tenant.name}. Be concise and friendly.",
        max_tokens=500,
    )
    return DraftReply.objects.create(tenant=ticket.tenant, ticket=ticket, body=result.text, model=result.model).pk


async def _summarize_thread(ticket, transcript):
    client = clients.get_async_azure_openai_client()
    model = clients.deployment("chat_mini")
    async with llm_tracker.track_llm_call(
        provider="azure_openai",
        model=model,
        feature_context="ticket_thread_summary",
        tenant_id=str(ticket.tenant_id),
    ) as usage_log:
        resp = await client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": "Summarise this support conversation in 2-3 sentences for the next agent."},
                {"role": "user", "content": transcript},
            ],
            max_tokens=200,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content


@shared_task
def summarize_thread(ticket_id):
    ticket = Ticket.objects.get(pk=ticket_id)
    transcript = "\n".join(
        f"{'Agent' if m.is_agent else 'Customer'}: {m.body}" for m in ticket.messages.order_by("created_at")
    )
    ticket.ai_summary = async_to_sync(_summarize_thread)(ticket, transcript)
    ticket.save(update_fields=["ai_summary"])


@shared_task(bind=True, max_retries=2)
def transcribe_call_recording(self, recording_id):
    recording = CallRecording.objects.get(pk=recording_id)
    audio = storage.get_bytes(recording.audio_key)
    suffix = os.path.splitext(recording.audio_key)[1] or ".mp3"
    with tempfile.NamedTemporaryFile(suffix=suffix) as tmp:
        tmp.write(audio)
        tmp.flush()
        with open(tmp.name, "rb") as fh:
            transcript = clients.get_azure_openai_client().audio.transcriptions.create(
                model=clients.deployment("whisper"),
                file=fh,
                response_format="text",
            )
    recording.transcript = transcript if isinstance(transcript, str) else transcript.text
    recording.save(update_fields=["transcript"])


@shared_task
def score_sentiment_batch(ticket_ids):
    """Nightly re-score for the CSAT dashboard (Cohere is cheaper for this)."""
    co = clients.get_cohere_client()
    scores = {}
    for ticket in Ticket.objects.filter(pk__in=ticket_ids):
        text = ticket.body
        tokens = co.tokenize(text=text, model=settings.COHERE_CHAT_MODEL).tokens
        if len(tokens) > 3_000:
            text = co.detokenize(tokens=tokens[:3_000], model=settings.COHERE_CHAT_MODEL).text
        resp = co.chat(
            model=settings.COHERE_CHAT_MODEL,
            messages=[
                {"role": "system", "content": 'Rate the customer sentiment from -1 to 1. Reply {"score": <float>}.'},
                {"role": "user", "content": text},
            ],
            response_format={"type": "json_object"},
        )
        try:
            scores[ticket.pk] = float(json.loads(resp.message.content[0].text)["score"])
        except (ValueError, KeyError):
            continue
    for pk, score in scores.items():
        Ticket.objects.filter(pk=pk).update(sentiment=score)
    return len(scores)
