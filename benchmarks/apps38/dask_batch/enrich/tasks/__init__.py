"""Task functions shipped to Dask workers.

Everything here must be importable on workers and must not capture clients in
closures: read them from ``enrich.plugins.worker_clients()`` instead.
"""
from enrich.tasks.classify import classify_batch, classify_partition
from enrich.tasks.embed import embed_partition, embed_partition_together
from enrich.tasks.extract import extract_partition
from enrich.tasks.moderate import moderate_texts
from enrich.tasks.summarize import summarize_group
from enrich.tasks.translate import translate_record

__all__ = [
    "classify_batch",
    "classify_partition",
    "embed_partition",
    "embed_partition_together",
    "extract_partition",
    "moderate_texts",
    "summarize_group",
    "translate_record",
]
