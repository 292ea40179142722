"""Service registration. Called once from the app factory and by jobs/CLI."""

from __future__ import annotations

import sqlite3

import anthropic
import ollama
import openai
import svcs
from google import genai
from together import Together

from notes_app.config import Settings
from notes_app.domain.repositories import NoteRepository, SqliteNoteRepository
from notes_app.services import llm_clients
from notes_app.services.embeddings import EmbeddingService
from notes_app.services.keys import DatabasePath, LocalLLM
from notes_app.services.multi_model_service import MultiModelService, multi_model_service
from notes_app.services.search import SearchService
from notes_app.services.voice import VoiceService


def _connect(svcs_container: svcs.Container):
    path = svcs_container.get(DatabasePath)
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def _ping_db(conn: sqlite3.Connection) -> None:
    conn.execute("SELECT 1")


def _ping_ollama(client: ollama.Client) -> None:
    # /api/tags is cheap and doesn't load a model
    client.list()


def _note_repo(svcs_container: svcs.Container) -> NoteRepository:
    return SqliteNoteRepository(svcs_container.get(sqlite3.Connection))


def _embedding_service(svcs_container: svcs.Container) -> EmbeddingService:
    settings = svcs_container.get(Settings)
    if settings.use_local_embeddings:
        return EmbeddingService(
            client=svcs_container.get(LocalLLM), model=settings.local_embedding_model
        )
    return EmbeddingService(
        client=svcs_container.get(openai.OpenAI), model=settings.embedding_model
    )


def _search_service(svcs_container: svcs.Container) -> SearchService:
    settings, repo, together = svcs_container.get(Settings, NoteRepository, Together)
    return SearchService(
        repo=repo,
        embeddings=svcs_container.get(EmbeddingService),
        reranker=together,
        rerank_model=settings.rerank_model,
    )


def register_services(registry: svcs.Registry, settings: Settings) -> svcs.Registry:
    registry.register_value(Settings, settings)
    registry.register_value(DatabasePath, settings.database_path)
    registry.register_factory(sqlite3.Connection, _connect, ping=_ping_db)

    registry.register_factory(openai.OpenAI, lambda: llm_clients.make_openai(settings))
    registry.register_factory(
        anthropic.Anthropic, lambda: llm_clients.make_anthropic(settings)
    )
    registry.register_factory(
        anthropic.AsyncAnthropic, lambda: llm_clients.make_async_anthropic(settings)
    )
    registry.register_value(genai.Client, llm_clients.make_genai(settings))
    registry.register_factory(Together, lambda: llm_clients.make_together(settings))
    registry.register_factory(LocalLLM, lambda: llm_clients.make_local_openai(settings))
    registry.register_factory(
        ollama.Client, lambda: llm_clients.make_ollama(settings), ping=_ping_ollama
    )

    registry.register_factory(NoteRepository, _note_repo)
    registry.register_factory(EmbeddingService, _embedding_service)
    registry.register_factory(SearchService, _search_service)
    registry.register_factory(VoiceService, VoiceService.from_container)
    registry.register_value(MultiModelService, multi_model_service)
    return registry


def build_registry(settings: Settings | None = None) -> svcs.Registry:
    """Standalone registry for jobs / CLI / scripts (no Flask app)."""
    return register_services(svcs.Registry(), settings or Settings.from_env())
