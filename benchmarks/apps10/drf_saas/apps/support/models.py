from django.db import models

from apps.tenants.models import TenantScopedModel


class Ticket(TenantScopedModel):
    class Priority(models.TextChoices):
        LOW = "low"
        NORMAL = "normal"
        HIGH = "high"
        URGENT = "urgent"

    class State(models.TextChoices):
        NEW = "new"
        OPEN = "open"
        PENDING = "pending"
        SOLVED = "solved"

    external_id = models.CharField(max_length=64, db_index=True)
    subject = models.CharField(max_length=500)
    body = models.TextField()
    requester_email = models.EmailField()
    language = models.CharField(max_length=8, blank=True)
    category = models.CharField(max_length=64, blank=True)
    priority = models.CharField(max_length=10, choices=Priority.choices, default=Priority.NORMAL)
    state = models.CharField(max_length=10, choices=State.choices, default=State.NEW)
    sentiment = models.FloatField(null=True, blank=True)
    ai_summary = models.TextField(blank=True)
    triaged_at = models.DateTimeField(null=True, blank=True)


class TicketMessage(TenantScopedModel):
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="messages")
    author = models.CharField(max_length=200)
    is_agent = models.BooleanField(default=False)
    body = models.TextField()


class DraftReply(TenantScopedModel):
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="drafts")
    body = models.TextField()
    model = models.CharField(max_length=128)
    accepted = models.BooleanField(null=True)


class CallRecording(TenantScopedModel):
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="recordings")
    audio_key = models.CharField(max_length=500)
    transcript = models.TextField(blank=True)
    duration_seconds = models.PositiveIntegerField(default=0)
