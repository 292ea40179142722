from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils import timezone


class GenerationStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class DescriptionGenerationJob(models.Model):
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    requested_by = models.ForeignKey(
        "account.User", null=True, blank=True, on_delete=models.SET_NULL
    )
    product_ids = ArrayField(models.IntegerField(), default=list)
    provider = models.CharField(max_length=32, default="openai")
    language_code = models.CharField(max_length=35, default="en")
    status = models.CharField(
        max_length=16, choices=GenerationStatus.choices, default=GenerationStatus.PENDING
    )
    processed = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True, default="")

    class Meta:
        ordering = ("-created_at",)

    def mark(self, status, error=""):
        self.status = status
        self.error = error
        self.save(update_fields=["status", "error", "updated_at"])


class ProductEmbedding(models.Model):
    product = models.OneToOneField(
        "product.Product", related_name="ai_embedding", on_delete=models.CASCADE
    )
    provider = models.CharField(max_length=32)
    model = models.CharField(max_length=64)
    vector = ArrayField(models.FloatField())
    content_hash = models.CharField(max_length=64, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)


class GenerationLog(models.Model):
    created_at = models.DateTimeField(default=timezone.now)
    feature = models.CharField(max_length=64)
    provider = models.CharField(max_length=32)
    model = models.CharField(max_length=128)
    input_tokens = models.PositiveIntegerField(default=0)
    output_tokens = models.PositiveIntegerField(default=0)
    object_id = models.CharField(max_length=64, blank=True, default="")

    class Meta:
        indexes = [models.Index(fields=["feature", "created_at"])]
