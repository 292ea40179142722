"""Service registration for the BlackSheep/rodi container."""
from __future__ import annotations

import cohere
from anthropic import AsyncAnthropic
from openai import AsyncOpenAI
from rodi import Container

from lexbrief.clients import (
    FireworksClient,
    ProviderClients,
    ProviderRegistry,
    VoyageClient,
    build_anthropic,
    build_cohere,
    build_fireworks,
    build_openai,
    build_voyage,
    get_gemini,
)
from lexbrief.repositories import ChunkRepository, Database, MatterRepository
from lexbrief.services.case_search import CaseSearchService
from lexbrief.services.citation_checker import CitationChecker
from lexbrief.services.clause_extractor import ClauseExtractor
from lexbrief.services.contract_review import ContractReviewService
from lexbrief.services.digest import DigestService
from lexbrief.services.embeddings import EmbeddingService
from lexbrief.services.intake import IntakeProcessor
from lexbrief.services.llm_usage_tracker import LLMUsageTracker, llm_tracker
from lexbrief.services.redline import RedlineService
from lexbrief.services.summarizer import SummaryService
from lexbrief.services.transcripts import TranscriptService
from lexbrief.settings import Settings


def register_provider_clients(services: Container, settings: Settings) -> None:
    services.add_singleton_by_factory(lambda: build_openai(settings), AsyncOpenAI)
    services.add_singleton_by_factory(lambda: build_anthropic(settings), AsyncAnthropic)
    services.add_singleton_by_factory(lambda: build_cohere(settings), cohere.AsyncClientV2)
    services.add_singleton_by_factory(lambda: build_voyage(settings), VoyageClient)
    services.add_singleton_by_factory(lambda: build_fireworks(settings), FireworksClient)

    def _bundle(context) -> ProviderClients:
        provider = context.provider
        return ProviderClients(
            openai=provider.get(AsyncOpenAI),
            anthropic=provider.get(AsyncAnthropic),
            cohere=provider.get(cohere.AsyncClientV2),
            voyage=provider.get(VoyageClient),
            fireworks=provider.get(FireworksClient),
        )

    services.add_singleton_by_factory(_bundle, ProviderClients)


def build_registry(clients: ProviderClients) -> ProviderRegistry:
    registry = ProviderRegistry()
    registry.register("openai", clients.openai)
    registry.register("anthropic", clients.anthropic)
    registry.register("cohere", clients.cohere)
    registry.register("voyage", clients.voyage)
    registry.register("fireworks", clients.fireworks)
    registry.register("gemini", get_gemini())
    return registry


def configure_services(services: Container, settings: Settings) -> None:
    services.add_instance(settings)
    services.add_instance(Database(settings.database_url))
    services.add_instance(llm_tracker, LLMUsageTracker)

    register_provider_clients(services, settings)
    services.add_singleton_by_factory(build_registry, ProviderRegistry)

    # repositories are per-request
    services.add_scoped(MatterRepository)
    services.add_scoped(ChunkRepository)

    # domain services
    services.add_singleton(EmbeddingService)
    services.add_singleton(ClauseExtractor)
    services.add_scoped(ContractReviewService)
    services.add_scoped(CaseSearchService)
    services.add_singleton(SummaryService)
    services.add_singleton(RedlineService)
    services.add_singleton(CitationChecker)
    services.add_scoped(TranscriptService)
    services.add_scoped(DigestService)
    services.add_scoped(IntakeProcessor)
