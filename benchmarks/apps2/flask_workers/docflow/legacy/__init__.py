"""v1 extraction pipeline, kept for tenants that have not migrated to the v2 schema."""
from .batch_extract import run_batch

__all__ = ["run_batch"]
