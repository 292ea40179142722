import functools
import json
import logging

import httpx
from celery import shared_task
from django.conf import settings
from mistralai import Mistral

from core.llm import get_bedrock_runtime, get_mistral_client

from .models import Ticket
from .services import TicketTriageService

logger = logging.getLogger(__name__)

MISTRAL_API = "https://api.mistral.ai/v1"
SENTIMENTS = {"negative", "neutral", "positive"}


@shared_task(bind=True, max_retries=3, default_retry_delay=30)
def triage_ticket(self, ticket_id: int):
    ticket = Ticket.objects.get(pk=ticket_id)
    try:
        TicketTriageService().apply(ticket)
    except Exception as exc:
        logger.warning("triage failed for %s: %s", ticket_id, exc)
        raise self.retry(exc=exc)


@shared_task(acks_late=True)
def summarize_ticket_thread(ticket_id: int):
    ticket = Ticket.objects.get(pk=ticket_id)
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 400,
        "system": "Summarise this support thread for the next agent in under 80 words.",
        "messages": [{"role": "user", "content": ticket.thread_text()}],
    }
    response = get_bedrock_runtime().invoke_model(
        modelId=settings.BEDROCK_MODEL_ID,
        body=json.dumps(body),
        contentType="application/json",
        accept="application/json",
    )
    payload = json.loads(response["body"].read())
    ticket.summary = payload["content"][0]["text"].strip()
    ticket.summary_model = settings.BEDROCK_MODEL_ID
    ticket.save(update_fields=["summary", "summary_model", "updated_at"])


@shared_task
def detect_sentiment(ticket_id: int):
    ticket = Ticket.objects.get(pk=ticket_id)
    client = get_mistral_client()
    complete = functools.partial(client.chat.complete, model=settings.MISTRAL_CHAT_MODEL, temperature=0)
    response = complete(
        messages=[
            {"role": "system", "content": "Reply with one word: negative, neutral or positive."},
            {"role": "user", "content": ticket.body[:4000]},
        ],
    )
    label = response.choices[0].message.content.strip().lower()
    if label in SENTIMENTS:
        Ticket.objects.filter(pk=ticket_id).update(sentiment=label)
    return label


@shared_task
def translate_ticket(ticket_id: int, target_language: str = "en") -> str:
    ticket = Ticket.objects.get(pk=ticket_id)
    with Mistral(api_key=settings.MISTRAL_API_KEY) as mistral:
        res = mistral.chat.complete(
            model="mistral-large-latest",
            messages=[
                {
                    "role": "user",
                    "content": f"Translate to {target_language}, keep formatting:\n\n{ticket.body}",
                }
            ],
        )
    return res.choices[0].message.content


@shared_task(autoretry_for=(httpx.TransportError,), retry_backoff=True)
def detect_language(ticket_id: int) -> str:
    ticket = Ticket.objects.get(pk=ticket_id)
    resp = httpx.post(
        f"{MISTRAL_API}/chat/completions",
        headers={"Authorization": f"Bearer {settings.MISTRAL_API_KEY}"},
        json={
            "model": "ministral-3b-latest",
            "messages": [
                {"role": "system", "content": "Return only the ISO 639-1 code of the text's language."},
                {"role": "user", "content": ticket.body[:1000]},
            ],
            "max_tokens": 4,
        },
        timeout=15,
    )
    resp.raise_for_status()
    code = resp.json()["choices"][0]["message"]["content"].strip().lower()[:8]
    Ticket.objects.filter(pk=ticket_id).update(language=code)
    return code
