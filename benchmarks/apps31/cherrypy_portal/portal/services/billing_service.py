"""Billing: invoices, plan changes and the AI cost report shown to admins."""
import decimal
import logging

from portal import models

log = logging.getLogger("portal.billing")

# USD per 1M tokens (input, output). Updated by hand when vendors change prices.
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "llama-3.1-8b-instant": (0.05, 0.08),
}


def calculate_cost(model, input_tokens, output_tokens):
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    total = (input_tokens * price_in + output_tokens * price_out) / 1_000_000
    return decimal.Decimal(str(round(total, 6)))


class StripeGateway:
    def __init__(self, stripe_module):
        self.stripe = stripe_module

    def create_invoice(self, customer, amount_cents, description):
        return self.stripe.Invoice.create(
            customer=customer.stripe_id,
            collection_method="send_invoice",
            days_until_due=30,
            description=description,
            metadata={"portal_customer": customer.id, "amount": amount_cents},
        )


class BillingService:
    def __init__(self, db_session, gateway):
        self.db = db_session
        self.gateway = gateway

    def invoices(self, customer_id):
        return self.db.query(models.Invoice).filter_by(customer_id=customer_id).all()

    def issue(self, customer, amount_cents, description):
        remote = self.gateway.create_invoice(customer, amount_cents, description)
        invoice = models.Invoice.create(
            self.db, customer_id=customer.id, remote_id=remote["id"], amount_cents=amount_cents
        )
        self.db.commit()
        return invoice

    def ai_cost_report(self, usage_logs):
        rows = {}
        for entry in usage_logs:
            cost = calculate_cost(entry.model, entry.input_tokens, entry.output_tokens)
            rows.setdefault(entry.feature_context, decimal.Decimal("0"))
            rows[entry.feature_context] += cost
        return sorted(rows.items(), key=lambda r: r[1], reverse=True)
