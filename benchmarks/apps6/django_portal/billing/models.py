from django.conf import settings
from django.db import models


class Invoice(models.Model):
    customer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="invoices")
    stripe_customer_id = models.CharField(max_length=64)
    number = models.CharField(max_length=32, unique=True)
    total_cents = models.PositiveIntegerField()
    currency = models.CharField(max_length=3, default="eur")
    line_items = models.JSONField(default=list)
    explanation = models.TextField(blank=True)
    pdf_key = models.CharField(max_length=255, blank=True)
    issued_at = models.DateTimeField()


class RefundRequest(models.Model):
    class Decision(models.TextChoices):
        PENDING = "pending"
        APPROVE = "approve"
        REVIEW = "review"
        DENY = "deny"

    invoice = models.ForeignKey(Invoice, on_delete=models.CASCADE, related_name="refund_requests")
    reason = models.TextField()
    decision = models.CharField(max_length=16, choices=Decision.choices, default=Decision.PENDING)
    rationale = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)


class Dispute(models.Model):
    invoice = models.ForeignKey(Invoice, on_delete=models.CASCADE, related_name="disputes")
    evidence = models.TextField()
    response_draft = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
