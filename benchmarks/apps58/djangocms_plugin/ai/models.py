from django.conf import settings
from django.db import models
from django.utils import timezone


class AIUsageLog(models.Model):
    """One row per model request, written by ``llm_tracker``."""

    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    provider = models.CharField(max_length=32)
    model = models.CharField(max_length=100)
    feature_context = models.CharField(max_length=100, db_index=True)
    input_tokens = models.PositiveIntegerField(default=0)
    output_tokens = models.PositiveIntegerField(default=0)
    cost_usd = models.DecimalField(max_digits=10, decimal_places=6, default=0)
    duration_ms = models.PositiveIntegerField(default=0)
    success = models.BooleanField(default=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["provider", "model"])]

    def __str__(self):
        return f"{self.provider}/{self.model} {self.feature_context} ({self.input_tokens}+{self.output_tokens})"


class PageEmbedding(models.Model):
    page = models.ForeignKey("cms.Page", on_delete=models.CASCADE, related_name="embeddings")
    language = models.CharField(max_length=15)
    model = models.CharField(max_length=64)
    vector = models.JSONField()
    content_hash = models.CharField(max_length=64)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        unique_together = [("page", "language", "model")]


class TranslationJob(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending"
        RUNNING = "running"
        DONE = "done"
        FAILED = "failed"

    page = models.ForeignKey("cms.Page", on_delete=models.CASCADE)
    source_language = models.CharField(max_length=15)
    target_language = models.CharField(max_length=15)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    backend = models.CharField(max_length=32, default="mistral")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    def mark(self, status, error=""):
        self.status = status
        self.error = error
        if status in (self.Status.DONE, self.Status.FAILED):
            self.finished_at = timezone.now()
        self.save(update_fields=["status", "error", "finished_at"])
