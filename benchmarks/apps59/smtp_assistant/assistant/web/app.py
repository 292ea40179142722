"""Admin UI (Starlette). Shows recent mail, pending drafts, usage and lets you poke the models."""
from __future__ import annotations

import contextlib
import logging

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from assistant.config import get_settings
from assistant.llm import default_router, get_async_openai_client, get_gemini_client, make_async_hf_client
from assistant.pipeline.summarise import ThreadSummariser
from assistant.storage import get_store
from assistant.web import routes
from assistant.web.auth import TokenBackend

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def lifespan(app: Starlette):
    settings = get_settings()
    app.state.settings = settings
    app.state.store = get_store()
    app.state.openai = get_async_openai_client()
    app.state.gemini = get_gemini_client()
    app.state.hf = make_async_hf_client()
    app.state.router = default_router
    app.state.summariser = ThreadSummariser(client=app.state.gemini)
    log.info("admin UI up; providers: %s", ", ".join(default_router.available()))
    yield
    await app.state.openai.close()


def create_app() -> Starlette:
    settings = get_settings()
    return Starlette(
        debug=False,
        routes=[
            Route("/", routes.index),
            Route("/messages", routes.messages),
            Route("/drafts", routes.drafts),
            Route("/drafts/{draft_id:int}/approve", routes.approve_draft, methods=["POST"]),
            Route("/threads/{thread_id}/summary", routes.thread_summary),
            Route("/playground", routes.playground, methods=["POST"]),
            Route("/playground/stream", routes.playground_stream, methods=["POST"]),
            Route("/classify", routes.quick_classify, methods=["POST"]),
            Route("/usage", routes.usage),
            Route("/models", routes.models),
            Mount("/static", StaticFiles(directory="static", check_dir=False), name="static"),
        ],
        middleware=[Middleware(AuthenticationMiddleware, backend=TokenBackend(settings.admin_token))],
        lifespan=lifespan,
    )


app = create_app()
