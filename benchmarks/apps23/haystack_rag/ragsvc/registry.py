"""Name -> component class registry used by the config-driven pipeline builder.

Also holds the provider client registry (started in RAG-398, not finished: only the
evaluation code and the /v1/compare endpoint look clients up by name so far).
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from haystack.components.builders import ChatPromptBuilder, PromptBuilder
from haystack.components.retrievers.in_memory import InMemoryBM25Retriever, InMemoryEmbeddingRetriever

from ragsvc import clients
from ragsvc import components as c
from ragsvc.prompts import TEMPLATES
from ragsvc.stores import get_document_store

logger = logging.getLogger(__name__)

COMPONENTS: dict[str, type] = {
    "cohere_text_embedder": c.CohereTextEmbedder,
    "cohere_document_embedder": c.CohereDocumentEmbedder,
    "voyage_text_embedder": c.VoyageTextEmbedder,
    "voyage_document_embedder": c.VoyageDocumentEmbedder,
    "mistral_text_embedder": c.MistralTextEmbedder,
    "watsonx_document_embedder": c.WatsonxDocumentEmbedder,
    "hf_text_embedder": c.HFTextEmbedder,
    "ollama_text_embedder": c.OllamaTextEmbedder,
    "cohere_ranker": c.CohereRanker,
    "voyage_ranker": c.VoyageRanker,
    "mistral_chat": c.MistralChatGenerator,
    "cohere_chat": c.CohereChatGenerator,
    "watsonx_chat": c.WatsonxChatGenerator,
    "ollama_chat": c.OllamaChatGenerator,
    "ollama_generate": c.OllamaGenerator,
    "hf_chat": c.HFInferenceGenerator,
    "openai_tracked_chat": c.TrackedOpenAIChatGenerator,
    "query_rewriter": c.QueryRewriter,
    "hyde": c.HyDEGenerator,
    "moderation": c.ModerationFilter,
    "pii_scrubber": c.PIIScrubber,
    "grader": c.AnswerGrader,
    "dedup": c.DocumentDeduplicator,
    "assembler": c.AnswerAssembler,
    "chat_adapter": c.ChatMessageAdapter,
}

# Components that need the document store injected instead of plain params.
_STORE_COMPONENTS: dict[str, Callable[..., Any]] = {
    "embedding_retriever": lambda store, **kw: InMemoryEmbeddingRetriever(document_store=store, **kw),
    "bm25_retriever": lambda store, **kw: InMemoryBM25Retriever(document_store=store, **kw),
}

PROVIDER_CLIENTS: dict[str, Callable[[], Any]] = {
    "openai": clients.get_openai_client,
    "cohere": clients.get_cohere_client,
    "mistral": clients.get_mistral_client,
    "voyage": clients.get_voyage_client,
    "hf": clients.get_hf_client,
    "ollama": clients.get_ollama_client,
}


def get_client(provider: str) -> Any:
    try:
        factory = PROVIDER_CLIENTS[provider]
    except KeyError:
        raise ValueError(f"unknown provider {provider!r}; known: {sorted(PROVIDER_CLIENTS)}") from None
    return factory()


def register(name: str) -> Callable[[type], type]:
    """Decorator for components defined outside ragsvc.components (plugins)."""

    def deco(cls: type) -> type:
        if name in COMPONENTS and COMPONENTS[name] is not cls:
            logger.warning("component %s re-registered (%s -> %s)", name, COMPONENTS[name], cls)
        COMPONENTS[name] = cls
        return cls

    return deco


def build_component(type_name: str, params: dict[str, Any] | None = None, store_name: str = "default") -> Any:
    params = dict(params or {})
    if type_name in _STORE_COMPONENTS:
        return _STORE_COMPONENTS[type_name](get_document_store(store_name), **params)
    if type_name == "prompt_builder":
        template = TEMPLATES[params.pop("template", "support_answer")]
        return PromptBuilder(template=template, **params)
    if type_name == "chat_prompt_builder":
        return ChatPromptBuilder(**params)
    try:
        cls = COMPONENTS[type_name]
    except KeyError:
        raise ValueError(f"unknown component type {type_name!r}") from None
    return cls(**params)
