from django.db import models
from pgvector.django import HnswIndex, VectorField

from apps.tenants.models import TenantScopedModel


class Document(TenantScopedModel):
    class Status(models.TextChoices):
        UPLOADED = "uploaded"
        PROCESSING = "processing"
        READY = "ready"
        FAILED = "failed"

    title = models.CharField(max_length=300)
    source_key = models.CharField(max_length=500, help_text="S3 key of the original upload")
    mime_type = models.CharField(max_length=100, default="application/pdf")
    text = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    extracted = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.UPLOADED)
    uploaded_by = models.ForeignKey("auth.User", null=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["-created_at"]


class DocumentChunk(TenantScopedModel):
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="chunks")
    ordinal = models.PositiveIntegerField()
    text = models.TextField()
    embedding = VectorField(dimensions=1024, null=True)

    class Meta:
        ordering = ["document", "ordinal"]
        indexes = [
            HnswIndex(name="chunk_embedding_hnsw", fields=["embedding"], m=16, ef_construction=64,
                      opclasses=["vector_cosine_ops"]),
        ]


class KnowledgeArticle(TenantScopedModel):
    title = models.CharField(max_length=300)
    body = models.TextField()
    tags = models.JSONField(default=list, blank=True)
    is_published = models.BooleanField(default=False)
    embedding = VectorField(dimensions=1024, null=True)
