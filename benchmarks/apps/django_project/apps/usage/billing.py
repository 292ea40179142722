import stripe
from django.conf import settings
from django.db.models import Sum

from .models import LLMUsage

stripe.api_key = settings.STRIPE_API_KEY


def bill_overage(customer_id: str, user_id: int, cents_per_1k_tokens: int = 2) -> str | None:
    totals = LLMUsage.objects.filter(user_id=user_id).aggregate(
        inp=Sum("input_tokens"), out=Sum("output_tokens")
    )
    tokens = (totals["inp"] or 0) + (totals["out"] or 0)
    if tokens < 1_000_000:
        return None
    item = stripe.InvoiceItem.create(
        customer=customer_id, amount=tokens // 1000 * cents_per_1k_tokens, currency="usd",
        description="LLM usage overage",
    )
    return item.id


def completion(invoice_id: str) -> float:
    """Share of an invoice that has been paid (0..1)."""
    invoice = stripe.Invoice.retrieve(invoice_id)
    return invoice.amount_paid / max(invoice.amount_due, 1)
