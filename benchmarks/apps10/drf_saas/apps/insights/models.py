from django.db import models

from apps.tenants.models import TenantScopedModel


class WeeklyReport(TenantScopedModel):
    week_start = models.DateField()
    stats = models.JSONField(default=dict)
    headline = models.CharField(max_length=300, blank=True)
    narrative = models.TextField(blank=True)
    risk_notes = models.TextField(blank=True)

    class Meta:
        unique_together = ("tenant", "week_start")


class BatchJob(models.Model):
    class Kind(models.TextChoices):
        AZURE = "azure_batch"
        BEDROCK = "bedrock_batch"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    external_id = models.CharField(max_length=300)
    purpose = models.CharField(max_length=64)
    status = models.CharField(max_length=32, default="submitted")
    submitted_at = models.DateTimeField(auto_now_add=True)
    output_location = models.CharField(max_length=500, blank=True)
