"""Starlette application factory.

    uvicorn supportbot.app:app --factory   # or
    uvicorn supportbot.app:app
"""
from __future__ import annotations

import contextlib
import json
import logging
from pathlib import Path

from injector import Injector
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from supportbot.di import build_injector
from supportbot.routes import routes
from supportbot.services import ArticleIndex
from supportbot.services.llm_usage_tracker import RedisUsageSink, llm_tracker
from supportbot.services.multi_model_service import multi_model_service
from supportbot.settings import Settings

log = logging.getLogger(__name__)

INDEX_EXPORT = Path("/var/lib/supportbot/articles.jsonl")


def _load_index(index: ArticleIndex, path: Path) -> None:
    if not path.exists():
        log.warning("article index export %s missing; retrieval will return nothing", path)
        return
    ids, texts, vectors = [], [], []
    with path.open() as fh:
        for line in fh:
            row = json.loads(line)
            ids.append(row["id"])
            texts.append(row["text"])
            vectors.append(row["vector"])
    index.load(ids, texts, vectors)
    log.info("loaded %d articles", len(ids))


def create_app(injector: Injector | None = None) -> Starlette:
    injector = injector or build_injector()
    settings = injector.get(Settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        multi_model_service.bind(injector)
        llm_tracker.set_sink(injector.get(RedisUsageSink))
        _load_index(injector.get(ArticleIndex), INDEX_EXPORT)
        yield
        await injector.get(RedisUsageSink).close()

    app = Starlette(
        debug=settings.debug,
        routes=routes,
        lifespan=lifespan,
        middleware=[
            Middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts)),
            Middleware(CORSMiddleware, allow_origins=["https://app.ledgerline.io"], allow_methods=["*"]),
        ],
    )
    app.state.injector = injector
    return app


app = create_app
