"""Database models for nautobot_ai."""

from django.db import models
from nautobot.apps.models import PrimaryModel, BaseModel


class LLMUsageLog(BaseModel):
    """One row per tracked LLM request."""

    created = models.DateTimeField(auto_now_add=True)
    provider = models.CharField(max_length=50)
    model = models.CharField(max_length=200)
    feature_context = models.CharField(max_length=100, blank=True)
    input_tokens = models.PositiveIntegerField(default=0)
    output_tokens = models.PositiveIntegerField(default=0)
    latency_ms = models.PositiveIntegerField(default=0)
    success = models.BooleanField(default=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return f"{self.provider}/{self.model} {self.input_tokens}+{self.output_tokens}"


class AssistantRun(PrimaryModel):
    """Stored output of an assistant (explanations, change plans, incident summaries)."""

    KIND_CHOICES = (
        ("explain", "Config explanation"),
        ("plan", "Change plan"),
        ("incident", "Incident summary"),
        ("syslog", "Syslog classification"),
    )

    kind = models.CharField(max_length=20, choices=KIND_CHOICES)
    device = models.ForeignKey("dcim.Device", on_delete=models.SET_NULL, null=True, blank=True)
    prompt = models.TextField(blank=True)
    output = models.TextField(blank=True)
    provider = models.CharField(max_length=50, blank=True)
    model_name = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return f"{self.get_kind_display()} for {self.device}"


class SyslogClassification(BaseModel):
    message = models.TextField()
    category = models.CharField(max_length=50)
    severity = models.CharField(max_length=20, blank=True)
    confidence = models.FloatField(default=0.0)
    embedding = models.JSONField(null=True, blank=True)
    device = models.ForeignKey("dcim.Device", on_delete=models.CASCADE, null=True)
