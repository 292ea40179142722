"""Litestar dependency providers.

Provider clients are created once in the app lifespan (see app.main) and handed out from
app.state so handlers never construct their own.
"""
from __future__ import annotations

from typing import Any

import httpx
from litestar.datastructures import State
from litestar.di import Provide
from openai import AsyncAzureOpenAI
from saq import Queue
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.repositories import ChunkRepository, DocumentRepository, MatterRepository
from app.services.contract_review import ContractReviewService
from app.services.research import ResearchAssistant


def provide_azure(state: State) -> AsyncAzureOpenAI:
    return state.azure


def provide_voyage(state: State) -> Any:
    return state.voyage


def provide_bedrock(state: State) -> Any:
    return state.bedrock


def provide_http(state: State) -> httpx.AsyncClient:
    return state.http


def provide_queue(state: State) -> Queue:
    return state.queue


async def provide_matter_repo(db_session: AsyncSession) -> MatterRepository:
    return MatterRepository(db_session)


async def provide_document_repo(db_session: AsyncSession) -> DocumentRepository:
    return DocumentRepository(db_session)


async def provide_chunk_repo(db_session: AsyncSession) -> ChunkRepository:
    return ChunkRepository(db_session)


def provide_contract_review(azure: AsyncAzureOpenAI, bedrock: Any) -> ContractReviewService:
    return ContractReviewService(azure=azure, bedrock=bedrock)


def provide_research(azure: AsyncAzureOpenAI, http: httpx.AsyncClient) -> ResearchAssistant:
    return ResearchAssistant(azure, http)


app_dependencies = {
    "azure": Provide(provide_azure, sync_to_thread=False),
    "voyage": Provide(provide_voyage, sync_to_thread=False),
    "bedrock": Provide(provide_bedrock, sync_to_thread=False),
    "http": Provide(provide_http, sync_to_thread=False),
    "queue": Provide(provide_queue, sync_to_thread=False),
    "matter_repo": Provide(provide_matter_repo),
    "document_repo": Provide(provide_document_repo),
    "chunk_repo": Provide(provide_chunk_repo),
}
