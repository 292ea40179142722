"""Hamilton dataflow modules. Each function is a node; parameters name its inputs."""
from enrichment.dataflows import (  # noqa: F401
    chunking,
    classification,
    embeddings,
    entities,
    faq,
    images,
    ingest,
    keywords,
    rerank,
    summarization,
    tracked_summaries,
    translation,
)

ALL_MODULES = [
    ingest,
    chunking,
    embeddings,
    summarization,
    entities,
    classification,
    keywords,
    rerank,
    images,
    translation,
    tracked_summaries,
    faq,
]
