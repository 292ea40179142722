"""Per-record enrichment stages used by the Bytewax operators and the legacy consumer."""
from enrichment.stages.classify import classify_record, classify_review
from enrichment.stages.embed import Embedder, build_embedder
from enrichment.stages.moderate import is_flagged
from enrichment.stages.summarise import summarise_reviews, summarise_ticket

__all__ = [
    "Embedder",
    "build_embedder",
    "classify_record",
    "classify_review",
    "is_flagged",
    "summarise_reviews",
    "summarise_ticket",
]
