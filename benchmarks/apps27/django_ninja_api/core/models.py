from django.conf import settings
from django.db import models


class PartnerAPIKey(models.Model):
    name = models.CharField(max_length=120)
    key = models.CharField(max_length=64, unique=True)
    revoked = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.name


class LLMUsageLog(models.Model):
    """One row per model request, written by core.services.llm_usage_tracker."""

    provider = models.CharField(max_length=32)
    model = models.CharField(max_length=128)
    feature_context = models.CharField(max_length=64, db_index=True)
    input_tokens = models.PositiveIntegerField(default=0)
    output_tokens = models.PositiveIntegerField(default=0)
    cost_usd = models.DecimalField(max_digits=10, decimal_places=6, default=0)
    latency_ms = models.PositiveIntegerField(default=0)
    success = models.BooleanField(default=True)
    error = models.TextField(blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        indexes = [models.Index(fields=["provider", "model", "created_at"])]

    def __str__(self):
        return f"{self.provider}/{self.model} {self.feature_context} ({self.input_tokens}+{self.output_tokens})"
