"""Configure LlamaIndex global Settings from AppConfig.

Called once at process start (API lifespan, scripts). Keep it idempotent.
"""
from __future__ import annotations

import logging
from typing import Optional

from groq import Groq
from llama_index.core import Settings
from llama_index.core.embeddings import BaseEmbedding
from llama_index.core.llms import LLM
from llama_index.core.node_parser import SentenceSplitter

from app.clients import get_voyage_client
from app.config import AppConfig, get_config
from app.embeddings import CohereEmbedding, MistralEmbedding, OpenAIEmbeddingModel, VoyageEmbedding
from app.llms import ClaudeLLM, GroqLLM, MistralLLM, OpenAIChatLLM, TogetherLLM
from app.postprocessors.cohere_rerank import CohereRerankPostprocessor
from app.postprocessors.voyage_rerank import VoyageRerankPostprocessor

logger = logging.getLogger(__name__)

_configured = False
_fast_llm: Optional[LLM] = None


def build_llm(cfg: AppConfig) -> LLM:
    if cfg.llm_provider == "anthropic":
        return ClaudeLLM(
            api_key=cfg.anthropic_api_key,
            model=cfg.anthropic_model,
            max_tokens=cfg.max_output_tokens,
            temperature=cfg.temperature,
        )
    if cfg.llm_provider == "openai":
        return OpenAIChatLLM(model=cfg.openai_model, max_tokens=cfg.max_output_tokens)
    if cfg.llm_provider == "mistral":
        return MistralLLM(api_key=cfg.mistral_api_key, model=cfg.mistral_model)
    if cfg.llm_provider == "together":
        return TogetherLLM(model=cfg.together_model)
    if cfg.llm_provider == "groq":
        return build_fast_llm(cfg)
    raise ValueError(f"unknown llm provider {cfg.llm_provider!r}")


def build_fast_llm(cfg: AppConfig) -> LLM:
    # dedicated client: the fast path has its own rate-limit budget on Groq
    groq_client = Groq(api_key=cfg.groq_api_key, max_retries=0, timeout=10.0)
    return GroqLLM(client=groq_client, model=cfg.groq_model)


def build_embed_model(cfg: AppConfig) -> BaseEmbedding:
    if cfg.embed_provider == "voyage":
        return VoyageEmbedding(model=cfg.voyage_embed_model)
    if cfg.embed_provider == "cohere":
        return CohereEmbedding(api_key=cfg.cohere_api_key, model=cfg.cohere_embed_model)
    if cfg.embed_provider == "mistral":
        return MistralEmbedding(model_name=cfg.mistral_embed_model)
    return OpenAIEmbeddingModel(model=cfg.openai_embed_model)


def build_reranker(cfg: AppConfig):
    if cfg.rerank_provider == "cohere":
        return CohereRerankPostprocessor(model=cfg.cohere_rerank_model, top_n=cfg.rerank_top_n)
    if cfg.rerank_provider == "voyage":
        return VoyageRerankPostprocessor(client=get_voyage_client(), model=cfg.voyage_rerank_model, top_k=cfg.rerank_top_n)
    return None


def get_fast_llm() -> LLM:
    global _fast_llm
    if _fast_llm is None:
        _fast_llm = build_fast_llm(get_config())
    return _fast_llm


def configure(cfg: Optional[AppConfig] = None, force: bool = False) -> None:
    global _configured
    if _configured and not force:
        return
    cfg = cfg or get_config()
    Settings.llm = build_llm(cfg)
    Settings.embed_model = build_embed_model(cfg)
    Settings.node_parser = SentenceSplitter(chunk_size=cfg.chunk_size, chunk_overlap=cfg.chunk_overlap)
    Settings.context_window = cfg.context_window
    Settings.num_output = cfg.max_output_tokens
    _configured = True
    logger.info(
        "llama-index configured: llm=%s embed=%s rerank=%s",
        Settings.llm.metadata.model_name,
        Settings.embed_model.model_name,
        cfg.rerank_provider,
    )
