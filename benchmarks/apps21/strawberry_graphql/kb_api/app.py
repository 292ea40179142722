from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from strawberry.fastapi import GraphQLRouter
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL, GRAPHQL_WS_PROTOCOL

from kb_api.config import get_settings
from kb_api.context import get_context
from kb_api.indexer import Indexer
from kb_api.legacy.rest import router as legacy_router
from kb_api.llm.clients import LLMClients
from kb_api.schema import schema
from kb_api.db import persist_usage_log
from kb_api.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger("kb_api")


@asynccontextmanager
async def lifespan(app: FastAPI):
    settings = get_settings()
    app.state.llm = LLMClients.from_settings()
    llm_tracker.configure(persist_usage_log)
    app.state.indexer = Indexer()
    if settings.enable_indexer:
        app.state.indexer.start()
    logger.info("kb-api started (env=%s)", settings.env)
    try:
        yield
    finally:
        await app.state.indexer.stop()
        await app.state.llm.aclose()


def create_app() -> FastAPI:
    app = FastAPI(title="kb-api", lifespan=lifespan)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["https://kb.example.com", "http://localhost:5173"],
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )
    graphql_app = GraphQLRouter(
        schema,
        context_getter=get_context,
        subscription_protocols=[GRAPHQL_TRANSPORT_WS_PROTOCOL, GRAPHQL_WS_PROTOCOL],
        graphql_ide="graphiql" if get_settings().env == "dev" else None,
    )
    app.include_router(graphql_app, prefix="/graphql")
    app.include_router(legacy_router, prefix="/legacy")

    @app.get("/healthz")
    async def healthz() -> dict:
        return {"ok": True}

    return app


app = create_app()
