import json
import logging
from typing import Optional

import boto3
import stripe
from django.conf import settings
from openai import AzureOpenAI

from core.llm import get_bedrock_runtime

from .models import Invoice, RefundRequest

logger = logging.getLogger(__name__)

stripe.api_key = settings.STRIPE_API_KEY

_azure = AzureOpenAI(
    azure_endpoint=settings.AZURE_OPENAI_ENDPOINT,
    api_key=settings.AZURE_OPENAI_API_KEY,
    api_version=settings.AZURE_OPENAI_API_VERSION,
)


class InvoiceExplainer:
    """Plain-language explanation of an invoice, shown on the billing page."""

    def __init__(self, runtime=None, model_id: Optional[str] = None):
        self.runtime = runtime or get_bedrock_runtime()
        self.model_id = model_id or settings.BEDROCK_MODEL_ID

    def explain(self, invoice: Invoice) -> str:
        items = json.dumps(invoice.line_items, indent=2)
        reply = self.runtime.converse(
            modelId=self.model_id,
            system=[{"text": "Explain invoices to non-technical customers in 3-4 sentences."}],
            messages=[
                {
                    "role": "user",
                    "content": [{"text": f"Invoice {invoice.number}, total {invoice.total_cents / 100:.2f} "
                                         f"{invoice.currency.upper()}.\nLine items:\n{items}"}],
                }
            ],
            inferenceConfig={"maxTokens": 250, "temperature": 0.2},
        )
        text = reply["output"]["message"]["content"][0]["text"]
        invoice.explanation = text
        invoice.save(update_fields=["explanation"])
        return text


class InvoiceArchive:
    def __init__(self, s3=None):
        self.s3 = s3 or boto3.client("s3", region_name=settings.AWS_REGION)

    def store_pdf(self, invoice: Invoice, pdf_bytes: bytes) -> str:
        key = f"invoices/{invoice.issued_at:%Y/%m}/{invoice.number}.pdf"
        self.s3.put_object(
            Bucket=settings.INVOICE_BUCKET,
            Key=key,
            Body=pdf_bytes,
            ContentType="application/pdf",
            ServerSideEncryption="aws:kms",
        )
        invoice.pdf_key = key
        invoice.save(update_fields=["pdf_key"])
        return key


def add_goodwill_credit(invoice: Invoice, amount_cents: int, note: str):
    return stripe.InvoiceItem.create(
        customer=invoice.stripe_customer_id,
        amount=-abs(amount_cents),
        currency=invoice.currency,
        description=note[:250],
    )


def check_refund_policy(refund: RefundRequest) -> str:
    """First-pass policy check; humans review anything not clearly approvable."""
    resp = _azure.chat.completions.create(
        model=settings.AZURE_OPENAI_DEPLOYMENT,
        messages=[
            {
                "role": "system",
                "content": "Given our refund policy (full refund within 14 days, pro-rata for annual plans), "
                "answer with approve, review or deny and one sentence of rationale.",
            },
            {"role": "user", "content": f"Invoice issued {refund.invoice.issued_at:%Y-%m-%d}. Reason: {refund.reason}"},
        ],
        temperature=0,
    )
    return resp.choices[0].message.content
