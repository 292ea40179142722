from workers.routers import embeddings, enrichment, moderation, schema_mapping, summaries

__all__ = ["embeddings", "enrichment", "moderation", "schema_mapping", "summaries"]
