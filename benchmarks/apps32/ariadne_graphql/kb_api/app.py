"""ASGI entry point: ``uvicorn kb_api.app:app``."""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from ariadne.asgi import GraphQL
from ariadne.asgi.handlers import GraphQLTransportWSHandler
from ariadne.validation import cost_validator
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount, Route, WebSocketRoute

from kb_api.context import get_context_value
from kb_api.db import Database
from kb_api.legacy.rest import legacy_routes
from kb_api.llm_clients import LLMClients
from kb_api.schema import schema
from kb_api.services.llm_usage_tracker import llm_tracker
from kb_api.settings import get_settings

log = logging.getLogger(__name__)
settings = get_settings()


@asynccontextmanager
async def lifespan(app: Starlette):
    app.state.db = await Database.connect(settings.database_url)
    app.state.llm = LLMClients.from_settings()
    llm_tracker.bind(app.state.db)
    log.info("kb api started (env=%s)", settings.env)
    try:
        yield
    finally:
        await app.state.llm.aclose()
        await app.state.db.close()


graphql_app = GraphQL(
    schema,
    context_value=get_context_value,
    debug=settings.debug,
    websocket_handler=GraphQLTransportWSHandler(),
    validation_rules=[cost_validator(maximum_cost=500)],
)


async def healthz(request):
    from starlette.responses import JSONResponse

    return JSONResponse({"ok": True})


app = Starlette(
    debug=settings.debug,
    routes=[
        Route("/healthz", healthz),
        Route("/graphql", graphql_app, methods=["GET", "POST", "OPTIONS"]),
        WebSocketRoute("/graphql", graphql_app),
        Mount("/api/v1", routes=legacy_routes),
    ],
    middleware=[Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"], allow_headers=["*"])],
    lifespan=lifespan,
)
