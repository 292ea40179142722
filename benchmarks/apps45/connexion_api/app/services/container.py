"""A very small service container.

Started as a way to stop handlers importing half the world; built once per app
in ``create_app`` and reachable via ``get_container()``.
"""
from flask import current_app

from app.services.chat_service import ChatService
from app.services.embedding_service import EmbeddingService
from app.services.moderation_service import ModerationService
from app.services.summarizer import DocumentSummarizer


class ServiceContainer:
    def __init__(self, clients, config):
        self.clients = clients
        self.config = config
        self._services = {}

    def register(self, name, factory):
        self._services[name] = factory

    def resolve(self, name):
        svc = self._services[name]
        if callable(svc) and not hasattr(svc, "__self__"):
            svc = svc(self)
            self._services[name] = svc
        return svc

    @property
    def chat(self):
        return self.resolve("chat")

    @property
    def embeddings(self):
        return self.resolve("embeddings")

    @property
    def summarizer(self):
        return self.resolve("summarizer")

    @property
    def moderation(self):
        return self.resolve("moderation")


def build_container(clients, config):
    c = ServiceContainer(clients, config)
    c.register("chat", lambda c: ChatService(c.clients, c.config))
    c.register("embeddings", lambda c: EmbeddingService(
        openai_client=c.clients.openai,
        cohere_client=c.clients.cohere,
        voyage_client=c.clients.voyage,
        bedrock_runtime=c.clients.bedrock,
        config=c.config,
    ))
    c.register("summarizer", lambda c: DocumentSummarizer(c.clients.anthropic, c.config))
    c.register("moderation", lambda c: ModerationService(c.clients.openai))
    return c


def get_container() -> ServiceContainer:
    return current_app.extensions["container"]
