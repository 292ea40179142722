from __future__ import annotations

from dishka import Provider, Scope, provide
from mistralai import Mistral
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from collections.abc import AsyncIterable

from app.config import Settings
from app.repositories.chunks import ChunkRepository
from app.repositories.documents import DocumentRepository
from app.services.bedrock_gateway import BedrockGateway
from app.services.classifier import TopicClassifier
from app.services.embedding_service import EmbeddingService
from app.services.llm_usage_tracker import LLMUsageTracker, llm_tracker
from app.services.moderation import ModerationService
from app.services.qa_service import QAService
from app.services.rerank import Reranker
from app.services.summary_service import SummaryService


class DatabaseProvider(Provider):
    @provide(scope=Scope.APP)
    async def engine(self, settings: Settings) -> AsyncIterable[AsyncEngine]:
        engine = create_async_engine(settings.database_url, pool_size=10)
        yield engine
        await engine.dispose()

    @provide(scope=Scope.APP)
    def session_factory(self, engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
        return async_sessionmaker(engine, expire_on_commit=False)

    @provide(scope=Scope.REQUEST)
    async def session(self, factory: async_sessionmaker[AsyncSession]) -> AsyncIterable[AsyncSession]:
        async with factory() as session:
            yield session


class RepositoriesProvider(Provider):
    scope = Scope.REQUEST

    documents = provide(DocumentRepository)
    chunks = provide(ChunkRepository)


class ServicesProvider(Provider):
    # Stateless LLM-facing services live for the whole app; anything
    # touching the DB session is request scoped.
    gateway = provide(BedrockGateway, scope=Scope.APP)
    embeddings = provide(EmbeddingService, scope=Scope.APP)
    reranker = provide(Reranker, scope=Scope.APP)
    moderation = provide(ModerationService, scope=Scope.APP)
    summaries = provide(SummaryService, scope=Scope.APP)
    qa = provide(QAService, scope=Scope.REQUEST)

    @provide(scope=Scope.APP)
    def tracker(self) -> LLMUsageTracker:
        return llm_tracker

    @provide(scope=Scope.APP)
    def classifier(self, mistral: Mistral, settings: Settings) -> TopicClassifier:
        return TopicClassifier(mistral, settings)
