from __future__ import annotations

from typing import List, Optional

from zenml import pipeline

from config.settings import RagConfig
from steps.data_loading import load_documents
from steps.rag_index import (
    chunk_documents,
    contextualize_chunks,
    embed_chunks,
    sanity_check_retrieval,
    write_index,
)

DEFAULT_PROBES = [
    "How do I reset two-factor authentication?",
    "What is the refund policy for annual plans?",
]


@pipeline
def rag_index_pipeline(config: RagConfig, use_bedrock: bool = False, probes: Optional[List[str]] = None):
    docs = load_documents(source_uri=config.source_uri)
    chunks = chunk_documents(docs, config)
    ctx_chunks = contextualize_chunks(chunks, config, use_bedrock=use_bedrock)
    vectors = embed_chunks(ctx_chunks, config)
    uri = write_index(ctx_chunks, vectors, config)
    sanity_check_retrieval(uri, probes or DEFAULT_PROBES, config)
