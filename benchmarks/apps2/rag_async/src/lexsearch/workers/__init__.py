"""Background workers."""

__all__ = ["ingest_worker", "eval_worker"]
