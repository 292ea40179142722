import asyncio
import logging

import httpx
from anthropic import AsyncAnthropic
from celery import shared_task
from django.conf import settings

from .models import Invoice, RefundRequest
from .services import InvoiceExplainer

logger = logging.getLogger(__name__)

DECISIONS = {c for c, _ in RefundRequest.Decision.choices}


def _notify_slack(text: str):
    try:
        httpx.post(settings.SLACK_WEBHOOK_URL, json={"text": text}, timeout=5)
    except httpx.HTTPError:
        logger.warning("slack notification failed")


@shared_task(bind=True, max_retries=5)
def classify_refund_request(self, refund_id: int):
    refund = RefundRequest.objects.select_related("invoice").get(pk=refund_id)
    try:
        resp = httpx.post(
            settings.ANTHROPIC_MESSAGES_URL,
            headers={
                "x-api-key": settings.ANTHROPIC_API_KEY,
                "anthropic-version": "2023-06-01",
                "content-type": "application/json",
            },
            json={
                "model": settings.ANTHROPIC_FAST_MODEL,
                "max_tokens": 120,
                "system": "Classify refund requests. Reply as '<approve|review|deny>: <reason>'.",
                "messages": [{"role": "user", "content": refund.reason}],
            },
            timeout=settings.LLM_HTTP_TIMEOUT,
        )
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        raise self.retry(exc=exc, countdown=2 ** self.request.retries * 10)
    text = resp.json()["content"][0]["text"]
    decision, _, rationale = text.partition(":")
    decision = decision.strip().lower()
    refund.decision = decision if decision in DECISIONS else RefundRequest.Decision.REVIEW
    refund.rationale = rationale.strip()
    refund.save(update_fields=["decision", "rationale"])
    if refund.decision != RefundRequest.Decision.APPROVE:
        _notify_slack(f"Refund {refund.pk} needs a human: {refund.rationale}")


@shared_task
def explain_new_invoices(invoice_ids):
    explainer = InvoiceExplainer()
    for invoice in Invoice.objects.filter(pk__in=invoice_ids, explanation=""):
        explainer.explain(invoice)


@shared_task
def label_invoice_line_items(invoice_ids):
    """Give every line item a short human label (used in the usage breakdown)."""
    invoices = list(Invoice.objects.filter(pk__in=invoice_ids))

    async def run():
        client = AsyncAnthropic(api_key=settings.ANTHROPIC_API_KEY)
        sem = asyncio.Semaphore(5)

        async def label(item):
            async with sem:
                msg = await client.messages.create(
                    model=settings.ANTHROPIC_FAST_MODEL,
                    max_tokens=20,
                    messages=[{"role": "user", "content": f"Short label (max 5 words) for: {item['sku']} {item.get('description', '')}"}],
                )
            item["label"] = msg.content[0].text.strip()

        await asyncio.gather(*(label(item) for inv in invoices for item in inv.line_items))
        await client.close()

    asyncio.run(run())
    for invoice in invoices:
        invoice.save(update_fields=["line_items"])
