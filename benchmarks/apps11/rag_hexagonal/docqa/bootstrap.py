"""Composition root.

Builds the vendor SDK clients and infrastructure adapters once per process and wires
them into the use cases. The API (`docqa.api.app`), the worker and the CLI all call
`build_container()`; nothing else should construct adapters.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Dict, Optional

import cohere
import voyageai
from anthropic import AsyncAnthropic
from openai import AsyncOpenAI
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from docqa.adapters.anthropic_chat import AnthropicChatModel
from docqa.adapters.clients import get_genai_client, get_voyage_client
from docqa.adapters.cohere_reranker import CohereReranker
from docqa.adapters.gemini_chat import GeminiChatModel
from docqa.adapters.openai_chat import OpenAIChatModel
from docqa.adapters.openai_embedder import OpenAIEmbedder
from docqa.adapters.persistence import (
    RedisJobQueue,
    S3BlobStore,
    SqlDocumentRepository,
    SqlJobRepository,
    TikaTextExtractor,
)
from docqa.adapters.qdrant_store import QdrantIndex
from docqa.adapters.voyage_embedder import VoyageEmbedder
from docqa.adapters.voyage_reranker import VoyageReranker
from docqa.application.answer_question import AnswerQuestion
from docqa.application.autocomplete import TitleAutocomplete
from docqa.application.evaluate_answers import EvaluateAnswers
from docqa.application.ingest_document import IngestDocument
from docqa.application.query_rewriter import QueryRewriter
from docqa.application.summarize_document import SummarizeDocument
from docqa.config import Settings, get_settings
from docqa.ports import ChatModel, Embedder, Reranker

logger = logging.getLogger(__name__)


@dataclass
class Container:
    settings: Settings
    engine: AsyncEngine

    # raw vendor clients (prefer the adapters below)
    openai: AsyncOpenAI
    anthropic: AsyncAnthropic
    gemini: Any  # google.genai.Client
    voyage: voyageai.AsyncClient
    cohere: cohere.AsyncClientV2

    # adapters
    chat_models: Dict[str, ChatModel]
    embedder: Embedder
    reranker: Reranker
    index: QdrantIndex
    documents: SqlDocumentRepository
    jobs: SqlJobRepository
    blobs: S3BlobStore
    queue: RedisJobQueue
    extractor: TikaTextExtractor

    # use cases
    answer_question: AnswerQuestion
    ingest_document: IngestDocument
    summarize_document: SummarizeDocument
    evaluate_answers: EvaluateAnswers
    autocomplete: TitleAutocomplete

    def chat_model(self, provider: Optional[str] = None) -> ChatModel:
        return self.chat_models[provider or self.settings.answer_provider]

    async def aclose(self) -> None:
        await self.openai.close()
        await self.anthropic.close()
        await self.engine.dispose()


def _build_embedder(s: Settings, voyage: voyageai.AsyncClient) -> Embedder:
    if s.embedding_model.startswith("text-embedding-"):
        # legacy tenants, see ADR-007
        return OpenAIEmbedder(
            api_key=s.openai_api_key.get_secret_value(),
            model=s.embedding_model,
            dimension=s.embedding_dim,
            organization=s.openai_org_id,
        )
    return VoyageEmbedder(
        voyage,
        model=s.embedding_model,
        dimension=s.embedding_dim,
        contextual_model=s.contextual_embedding_model,
    )


def build_container(settings: Optional[Settings] = None) -> Container:
    s = settings or get_settings()

    openai_client = AsyncOpenAI(
        api_key=s.openai_api_key.get_secret_value(),
        organization=s.openai_org_id,
        timeout=s.llm_timeout_s,
        max_retries=s.llm_max_retries,
    )
    anthropic_client = AsyncAnthropic(
        api_key=s.anthropic_api_key.get_secret_value(),
        timeout=s.llm_timeout_s,
        max_retries=s.llm_max_retries,
    )
    gemini_client = get_genai_client()
    voyage_client = voyageai.AsyncClient(api_key=s.voyage_api_key.get_secret_value(), max_retries=3)
    cohere_client = cohere.AsyncClientV2(api_key=s.cohere_api_key.get_secret_value(), timeout=s.llm_timeout_s)

    chat_models: Dict[str, ChatModel] = {
        "openai": OpenAIChatModel(openai_client, model="gpt-4.1"),
        "anthropic": AnthropicChatModel(anthropic_client, model=s.answer_model),
        "gemini": GeminiChatModel(gemini_client, model="gemini-2.5-pro"),
    }

    reranker: Reranker
    if s.rerank_provider == "voyage":
        reranker = VoyageReranker(get_voyage_client(), model=s.rerank_model)
    else:
        reranker = CohereReranker(cohere_client, model=s.rerank_model)

    engine = create_async_engine(s.database_url, pool_size=10, pool_pre_ping=True)
    documents = SqlDocumentRepository(engine)
    jobs = SqlJobRepository(engine)
    blobs = S3BlobStore(s.s3_bucket, s.s3_region)
    extractor = TikaTextExtractor(s.tika_url)
    embedder = _build_embedder(s, voyage_client)
    index = QdrantIndex(
        url=s.qdrant_url,
        collection=s.qdrant_collection,
        dimension=s.embedding_dim,
        api_key=s.qdrant_api_key.get_secret_value() if s.qdrant_api_key else None,
    )

    answer_question = AnswerQuestion(
        embedder,
        index,
        reranker,
        chat_models[s.answer_provider],
        rewriter=QueryRewriter(),
        top_k=s.retrieve_top_k,
        top_n=s.rerank_top_n,
    )

    container = Container(
        settings=s,
        engine=engine,
        openai=openai_client,
        anthropic=anthropic_client,
        gemini=gemini_client,
        voyage=voyage_client,
        cohere=cohere_client,
        chat_models=chat_models,
        embedder=embedder,
        reranker=reranker,
        index=index,
        documents=documents,
        jobs=jobs,
        blobs=blobs,
        queue=RedisJobQueue(s.redis_url),
        extractor=extractor,
        answer_question=answer_question,
        ingest_document=IngestDocument(
            documents,
            blobs,
            extractor,
            embedder,
            index,
            chunk_size=s.chunk_size,
            chunk_overlap=s.chunk_overlap,
        ),
        summarize_document=SummarizeDocument(documents, blobs, extractor),
        evaluate_answers=EvaluateAnswers(answer_question),
        autocomplete=TitleAutocomplete(documents),
    )
    logger.info(
        "container ready: answer=%s/%s rerank=%s embed=%s",
        s.answer_provider,
        s.answer_model,
        s.rerank_provider,
        s.embedding_model,
    )
    return container
