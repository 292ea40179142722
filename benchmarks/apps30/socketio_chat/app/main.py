"""aiohttp application factory; Socket.IO is attached to the same app."""
from __future__ import annotations

import logging

from aiohttp import web

from app.admin.auth import admin_auth
from app.admin.routes import routes as admin_routes
from app.config import get_settings
from app.features.kb_search import KnowledgeBase
from app.features.moderation import Moderator
from app.features.suggestions import ReplySuggester
from app.features.summarizer import ConversationSummarizer
from app.features.triage import Triage
from app.providers import build_registry
from app.providers.clients import build_all
from app.services import Services, set_services
from app.sockets import events  # noqa: F401  (registers handlers)
from app.sockets.agent_namespace import AgentNamespace
from app.sockets.background import start_all
from app.sockets.server import sio
from app.storage.transcripts import TranscriptStore

logger = logging.getLogger(__name__)


async def _on_startup(app: web.Application) -> None:
    settings = get_settings()
    clients = build_all()
    store = await TranscriptStore.create(settings.database_url)
    services = Services(
        settings=settings,
        llm=clients,
        transcripts=store,
        kb=KnowledgeBase(clients["cohere"], settings.embed_model, settings.rerank_model),
        triage=Triage(clients["groq"], settings.triage_model),
        summarizer=ConversationSummarizer(clients["anthropic"], store),
        suggester=ReplySuggester(),
        moderator=Moderator(enabled=settings.enable_moderation),
    )
    set_services(services)
    app["services"] = services
    build_registry()
    start_all()
    logger.info("support chat started (env=%s)", settings.env)


async def _on_cleanup(app: web.Application) -> None:
    services: Services = app["services"]
    await services.transcripts.pool.close()
    await services.client("openai").close()


def create_app() -> web.Application:
    app = web.Application(middlewares=[admin_auth])
    app.add_routes(admin_routes)
    sio.register_namespace(AgentNamespace("/agent"))
    sio.attach(app)
    app.on_startup.append(_on_startup)
    app.on_cleanup.append(_on_cleanup)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(create_app(), port=8080)
