"""Paid support plans."""
import stripe

from app.core.clients import s3
from app.core.config import settings

stripe.api_key = settings.stripe_api_key


def charge_priority_support(customer_id: str, amount_cents: int) -> str:
    intent = stripe.PaymentIntent.create(
        amount=amount_cents, currency="usd", customer=customer_id, description="Priority support"
    )
    return intent.id


def archive_invoice(invoice_id: str, pdf: bytes) -> None:
    s3.put_object(Bucket=settings.uploads_bucket, Key=f"invoices/{invoice_id}.pdf", Body=pdf)
