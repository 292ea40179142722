"""Tortoise ORM models."""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class Conversation(Model):
    id = fields.UUIDField(pk=True)
    tenant = fields.CharField(max_length=64, index=True)
    user_id = fields.CharField(max_length=64)
    transcript = fields.JSONField(default=list)
    summary = fields.TextField(null=True)
    title = fields.CharField(max_length=120, null=True)
    closed = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "conversations"


class Ticket(Model):
    id = fields.IntField(pk=True)
    number = fields.CharField(max_length=20, unique=True)
    tenant = fields.CharField(max_length=64, index=True)
    subject = fields.CharField(max_length=255)
    body = fields.TextField()
    category = fields.CharField(max_length=32, null=True)
    priority = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "tickets"


class LLMUsage(Model):
    id = fields.IntField(pk=True)
    provider = fields.CharField(max_length=32)
    model = fields.CharField(max_length=128)
    feature_context = fields.CharField(max_length=64)
    tenant = fields.CharField(max_length=64, null=True)
    input_tokens = fields.IntField(default=0)
    output_tokens = fields.IntField(default=0)
    cost_usd = fields.FloatField(default=0)
    latency_ms = fields.FloatField(default=0)
    success = fields.BooleanField(default=True)
    error = fields.TextField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "llm_usage_logs"
