from django.db import models

from listings.models import Listing


class Inquiry(models.Model):
    class Intent(models.TextChoices):
        UNKNOWN = "unknown"
        SHOWING = "showing"
        OFFER = "offer"
        FINANCING = "financing"
        QUESTION = "question"
        SPAM = "spam"

    listing = models.ForeignKey(Listing, on_delete=models.CASCADE, related_name="inquiries")
    name = models.CharField(max_length=120)
    email = models.EmailField()
    phone = models.CharField(max_length=32, blank=True)
    message = models.TextField()
    intent = models.CharField(max_length=16, choices=Intent.choices, default=Intent.UNKNOWN)
    urgency = models.PositiveSmallIntegerField(default=0)
    triage_summary = models.TextField(blank=True)
    synced_to_crm = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.name} re {self.listing_id}"


class Conversation(models.Model):
    listing = models.ForeignKey(Listing, on_delete=models.CASCADE, related_name="conversations")
    visitor_id = models.CharField(max_length=64, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    closed = models.BooleanField(default=False)


class ChatMessage(models.Model):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    role = models.CharField(max_length=16, choices=[("user", "user"), ("assistant", "assistant")])
    content = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
