from django.db import models


class LLMUsageLog(models.Model):
    provider = models.CharField(max_length=32)
    model = models.CharField(max_length=128)
    feature_context = models.CharField(max_length=64, db_index=True)
    input_tokens = models.PositiveIntegerField(default=0)
    output_tokens = models.PositiveIntegerField(default=0)
    success = models.BooleanField(default=True)
    error = models.TextField(blank=True)
    duration_ms = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "llm_usage_logs"
        ordering = ["-created_at"]
