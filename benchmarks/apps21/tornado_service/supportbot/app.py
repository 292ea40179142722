"""Application factory."""
import logging
import os

import tornado.web

from supportbot import handlers as h
from supportbot.clients import build_clients
from supportbot.config import options
from supportbot.legacy.old_assistant import LegacyAssistantHandler
from supportbot.services import (
    DraftCache,
    EmbeddingService,
    KnowledgeBase,
    Reranker,
    SentimentAnalyzer,
    llm_tracker,
    multi_model_service,
)
from supportbot.storage import KBStore, TicketStore

log = logging.getLogger(__name__)


class HelpdeskApplication(tornado.web.Application):
    """Holds shared clients and services for the life of the process."""

    def __init__(self, clients, db_pool, **settings):
        self.clients = clients
        self.db_pool = db_pool
        self.tickets = TicketStore(db_pool)
        self.kb_store = KBStore(db_pool)
        self.embedder = EmbeddingService(clients.voyage)
        self.reranker = Reranker(clients.cohere, model=options.rerank_model)
        self.kb = KnowledgeBase(self.embedder, self.kb_store, self.reranker, clients.openai)
        self.sentiment = SentimentAnalyzer(clients.xai)
        self.draft_cache = DraftCache()
        self.periodic = []

        multi_model_service.configure(clients.openai, clients.anthropic)
        llm_tracker.bind_sink(self.tickets)

        routes = [
            (r"/healthz", h.HealthHandler),
            (r"/api/chat", h.ChatHandler),
            (r"/api/chat/quick", h.QuickReplyHandler),
            (r"/api/tickets", h.TicketCreateHandler),
            (r"/api/tickets/(\d+)/summary", h.TicketSummaryHandler),
            (r"/api/tickets/(\d+)/triage", h.TicketTriageHandler),
            (r"/api/tickets/(\d+)/draft", h.DraftReplyHandler),
            (r"/api/search", h.SearchHandler,
             dict(voyage=clients.voyage, co=clients.cohere)),
            (r"/api/similar", h.SimilarTicketsHandler,
             dict(embed_model=options.embed_model)),
            (r"/api/assist/suggest", h.AssistSuggestHandler),
            (r"/api/assist/rerank", h.AssistRerankHandler),
            (r"/api/tickets/(\d+)/fields", h.ExtractFieldsHandler),
            (r"/ws/chat", h.ChatStreamSocket),
            (r"/ws/draft", h.DraftStreamSocket, dict(anthropic_client=clients.anthropic)),
            (r"/ws/copilot", h.AgentCopilotSocket),
            (r"/webhooks/email", h.InboundEmailHandler),
            (r"/admin/models", h.ModelsAdminHandler),
            (r"/admin/usage", h.UsageAdminHandler),
            (r"/admin/playground", h.PlaygroundHandler),
            (r"/admin/status", h.ProviderStatusHandler),
            # kept for the old widget (v1 embed script), see legacy/README
            (r"/assistant/ask", LegacyAssistantHandler),
        ]
        super().__init__(routes, **settings)


def make_app(db_pool, clients=None, **overrides):
    clients = clients or build_clients()
    settings = dict(
        debug=options.debug,
        cookie_secret=os.environ.get("COOKIE_SECRET", "dev-only-secret"),
        xsrf_cookies=False,
        websocket_ping_interval=20,
        # a few handlers written before HelpdeskApplication existed still
        # read clients from settings; keep these until they are migrated
        openai_client=clients.openai,
        xai_client=clients.xai,
        http_client=clients.http,
        voyage_client=clients.voyage,
        company_name=os.environ.get("HELPDESK_COMPANY", "Acme"),
    )
    settings.update(overrides)
    return HelpdeskApplication(clients, db_pool, **settings)
