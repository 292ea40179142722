"""Query pipelines.

``build_support_qa_pipeline`` is the hand-wired original; ``build_pipeline_from_config``
builds from config/pipelines.yaml. The API uses the config builder for everything
except support_qa, which still needs the rewriter/moderation front (TODO: move into YAML).
"""
from __future__ import annotations

import logging
from typing import Any

from haystack import Pipeline
from haystack.components.builders import PromptBuilder
from haystack.components.joiners import DocumentJoiner
from haystack.components.retrievers.in_memory import InMemoryBM25Retriever, InMemoryEmbeddingRetriever

from ragsvc.components import (
    AnswerAssembler,
    AnswerGrader,
    ChatMessageAdapter,
    CohereChatGenerator,
    CohereRanker,
    CohereTextEmbedder,
    DocumentDeduplicator,
    HyDEGenerator,
    MistralChatGenerator,
    ModerationFilter,
    QueryRewriter,
    VoyageTextEmbedder,
)
from ragsvc.config import load_pipeline_config
from ragsvc.prompts import SUPPORT_ANSWER_TEMPLATE
from ragsvc.registry import build_component
from ragsvc.stores import get_document_store

logger = logging.getLogger(__name__)


def build_support_qa_pipeline(store_name: str = "default", streaming_callback=None) -> Pipeline:
    store = get_document_store(store_name)
    p = Pipeline(max_runs_per_component=3)
    p.add_component("moderation", ModerationFilter())
    p.add_component("rewriter", QueryRewriter())
    p.add_component("text_embedder", VoyageTextEmbedder())
    p.add_component("retriever", InMemoryEmbeddingRetriever(document_store=store, top_k=20))
    p.add_component("ranker", CohereRanker(top_n=5))
    p.add_component("prompt_builder", PromptBuilder(template=SUPPORT_ANSWER_TEMPLATE, required_variables=["query", "documents"]))
    p.add_component("adapter", ChatMessageAdapter())
    p.add_component("llm", MistralChatGenerator(streaming_callback=streaming_callback))
    p.add_component("assembler", AnswerAssembler())

    p.connect("moderation.query", "rewriter.query")
    p.connect("rewriter.query", "text_embedder.text")
    p.connect("rewriter.query", "ranker.query")
    p.connect("rewriter.query", "prompt_builder.query")
    p.connect("text_embedder.embedding", "retriever.query_embedding")
    p.connect("retriever.documents", "ranker.documents")
    p.connect("ranker.documents", "prompt_builder.documents")
    p.connect("ranker.documents", "assembler.documents")
    p.connect("prompt_builder.prompt", "adapter.prompt")
    p.connect("adapter.messages", "llm.messages")
    p.connect("llm.replies", "assembler.replies")
    p.connect("llm.meta", "assembler.meta")
    return p


# Edges for the standard retrieve -> (rerank) -> prompt -> llm shape.
_STANDARD_EDGES = [
    ("text_embedder.embedding", "retriever.query_embedding"),
    ("retriever.documents", "prompt_builder.documents"),
]


def build_pipeline_from_config(name: str, config: dict[str, Any] | None = None) -> Pipeline:
    config = config or load_pipeline_config()
    spec = config["pipelines"][name]
    comps = spec["components"]
    p = Pipeline()
    for comp_name, comp_spec in comps.items():
        p.add_component(comp_name, build_component(comp_spec["type"], comp_spec.get("params"), store_name=name))

    p.add_component("adapter", ChatMessageAdapter())
    p.add_component("assembler", AnswerAssembler())

    if "ranker" in comps:
        p.connect("text_embedder.embedding", "retriever.query_embedding")
        p.connect("retriever.documents", "ranker.documents")
        p.connect("ranker.documents", "prompt_builder.documents")
        p.connect("ranker.documents", "assembler.documents")
    else:
        for sender, receiver in _STANDARD_EDGES:
            p.connect(sender, receiver)
        p.connect("retriever.documents", "assembler.documents")
    p.connect("prompt_builder.prompt", "adapter.prompt")
    p.connect("adapter.messages", "llm.messages")
    p.connect("llm.replies", "assembler.replies")
    p.connect("llm.meta", "assembler.meta")
    logger.info("built pipeline %s with %d components", name, len(comps) + 2)
    return p


def query_inputs(pipeline_name: str, query: str, history: list[dict[str, str]] | None = None) -> dict[str, Any]:
    """Inputs dict for Pipeline.run, since entry sockets differ per pipeline."""
    if pipeline_name == "support_qa":
        return {"moderation": {"query": query}, "rewriter": {"history": history or []}}
    inputs: dict[str, Any] = {"text_embedder": {"text": query}, "prompt_builder": {"query": query}}
    if pipeline_name in {"support_qa"}:
        inputs["ranker"] = {"query": query}
    return inputs


# Hybrid (BM25 + dense) retrieval with HyDE. WIP - not wired into the API yet (RAG-433).
# Uses Cohere for both embedding and generation so it can be compared against support_qa.
def build_hybrid_pipeline(store_name: str = "default", use_hyde: bool = True, grade: bool = False) -> Pipeline:
    store = get_document_store(store_name)
    p = Pipeline()
    if use_hyde:
        p.add_component("hyde", HyDEGenerator())
    p.add_component("text_embedder", CohereTextEmbedder())
    p.add_component("bm25", InMemoryBM25Retriever(document_store=store, top_k=15))
    p.add_component("dense", InMemoryEmbeddingRetriever(document_store=store, top_k=15))
    p.add_component("join", DocumentJoiner(join_mode="reciprocal_rank_fusion"))
    p.add_component("dedup", DocumentDeduplicator())
    p.add_component("ranker", CohereRanker(top_n=5))
    p.add_component("prompt_builder", PromptBuilder(template=SUPPORT_ANSWER_TEMPLATE))
    p.add_component("adapter", ChatMessageAdapter())
    p.add_component("llm", CohereChatGenerator())
    p.add_component("assembler", AnswerAssembler())

    if use_hyde:
        p.connect("hyde.text", "text_embedder.text")
    p.connect("text_embedder.embedding", "dense.query_embedding")
    p.connect("bm25", "join")
    p.connect("dense", "join")
    p.connect("join", "dedup")
    p.connect("dedup", "ranker")
    p.connect("ranker.documents", "prompt_builder.documents")
    p.connect("prompt_builder.prompt", "adapter.prompt")
    p.connect("adapter.messages", "llm.messages")
    if grade:
        p.add_component("grader", AnswerGrader())
        p.connect("llm.replies", "grader.replies")
        p.connect("ranker.documents", "grader.documents")
        p.connect("grader.replies", "assembler.replies")
    else:
        p.connect("llm.replies", "assembler.replies")
    p.connect("ranker.documents", "assembler.documents")
    return p
