from django.db import models
from pgvector.django import HnswIndex, VectorField


class PageChunk(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="chunks")
    position = models.PositiveIntegerField()
    text = models.TextField()
    embedding = VectorField(dimensions=1536)
    model = models.CharField(max_length=80, default="text-embedding-3-small")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["page_id", "position"]
        unique_together = [("page", "position")]
        indexes = [
            HnswIndex(name="chunk_embedding_hnsw", fields=["embedding"], m=16, ef_construction=64, opclasses=["vector_cosine_ops"]),
        ]


# Connect the indexing receivers (no AppConfig for this app).
from . import indexing  # noqa: E402,F401
