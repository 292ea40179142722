from contextlib import asynccontextmanager

from arq import create_pool
from arq.connections import RedisSettings
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app import cache
from app.clients import close_clients, init_clients
from app.config import settings
from app.db import engine
from app.errors import install_error_handlers
from app.logging_config import configure_logging, get_logger
from app.routers import admin, chat, media, search, summaries, tickets
from app.services.embeddings import EmbeddingService
from app.services.rerank import RerankService

log = get_logger(__name__)


@asynccontextmanager
async def lifespan(app: FastAPI):
    configure_logging()
    clients = init_clients()
    redis = await cache.init_redis()
    arq_pool = await create_pool(RedisSettings.from_dsn(settings.redis_url))

    app.state.clients = clients
    app.state.redis = redis
    app.state.arq = arq_pool
    app.state.embeddings = EmbeddingService(
        openai_client=clients.openai,
        genai_client=clients.genai,
        mistral_client=clients.mistral,
        provider=settings.embedding_provider,
    )
    app.state.reranker = RerankService(clients.cohere, model=settings.rerank_model)
    log.info("startup_complete", env=settings.env, embedding_provider=settings.embedding_provider)
    try:
        yield
    finally:
        await arq_pool.close()
        await cache.close_redis()
        await close_clients()
        await engine.dispose()
        log.info("shutdown_complete")


def create_app() -> FastAPI:
    app = FastAPI(title="helpdesk-ai", version="0.14.2", lifespan=lifespan)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["*"],
        allow_headers=["*"],
    )
    install_error_handlers(app)
    for module in (chat, summaries, search, tickets, media, admin):
        app.include_router(module.router)
    return app


app = create_app()
