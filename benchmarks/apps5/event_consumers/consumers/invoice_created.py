"""invoice.created -> categorise line items for the spend dashboard."""
from __future__ import annotations

import json
from typing import Dict, List

import requests

from core.consumer import HandlerError, LLMConsumer, Message
from core.services import Services
from core.settings import settings
from llm import openai_pool
from shared.db import InvoiceEnrichmentRepository
from shared.models import InvoiceCreated

CATEGORIES = [
    "software",
    "hardware",
    "travel",
    "professional_services",
    "office",
    "marketing",
    "other",
]

SYSTEM_PROMPT = (
    "You label invoice line items with a spend category. Reply with JSON of the form "
    '{"items": [{"sku": "...", "category": "..."}]}. Allowed categories: ' + ", ".join(CATEGORIES)
)


class InvoiceHandler(LLMConsumer):
    topic = "invoice.created"

    def __init__(self) -> None:
        super().__init__()
        self.repo = InvoiceEnrichmentRepository(Services.db)

    def _categorise(self, invoice: InvoiceCreated) -> Dict[str, str]:
        lines = "\n".join(f"- {i.sku}: {i.description} (x{i.quantity})" for i in invoice.items)
        response = self.llm.chat.completions.create(
            model=settings.llm.chat_model,
            messages=[
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": lines},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        try:
            parsed = json.loads(response.choices[0].message.content or "{}")
        except json.JSONDecodeError as exc:
            raise HandlerError(f"unparseable categorisation: {exc}", retryable=True) from exc
        labels = {row["sku"]: row.get("category", "other") for row in parsed.get("items", [])}
        return {sku: (cat if cat in CATEGORIES else "other") for sku, cat in labels.items()}

    def _embed_descriptions(self, invoice: InvoiceCreated) -> List[List[float]]:
        descriptions = [i.description for i in invoice.items if i.description]
        if not descriptions:
            return []
        with openai_pool.acquire() as client:
            result = client.embeddings.create(
                model=settings.llm.embedding_model,
                input=descriptions,
            )
        return [d.embedding for d in result.data]

    def handle(self, message: Message) -> None:
        invoice = InvoiceCreated.from_event(message.value)
        if not invoice.items:
            self.log.info("invoice %s has no items, skipping", invoice.invoice_id)
            return
        categories = self._categorise(invoice)
        vectors = self._embed_descriptions(invoice)
        self.repo.create(
            invoice_id=invoice.invoice_id,
            customer_id=invoice.customer_id,
            categories=json.dumps(categories),
            vector_count=len(vectors),
        )
        requests.post(
            f"{settings.integrations.billing_api_url}/v1/invoices/{invoice.invoice_id}/categories",
            json={"categories": categories},
            timeout=10,
        ).raise_for_status()
