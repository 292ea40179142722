from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

import jwt
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.websockets import WebSocket
from strawberry.fastapi import BaseContext

from kb_api.config import get_settings
from kb_api.dataloaders import SummaryLoader, make_article_loader, make_embedding_loader, make_user_loader
from kb_api.db import ArticleRepository, ChunkRepository, SessionLocal, UserRepository
from kb_api.services.answer_service import AnswerService
from kb_api.services.search_service import EmbeddingService, SearchService
from kb_api.services.tagging import Tagger
from kb_api.services.translation import TranslationService
from kb_api.services.web_search import WebSearchService

if TYPE_CHECKING:
    from kb_api.llm.clients import LLMClients


class Viewer:
    def __init__(self, user_id: str, email: str, role: str, tenant_id: str) -> None:
        self.id = user_id
        self.email = email
        self.role = role
        self.tenant_id = tenant_id

    @property
    def is_editor(self) -> bool:
        return self.role in {"editor", "admin"}


class Context(BaseContext):
    def __init__(self, session: AsyncSession, llm: "LLMClients", viewer: Viewer | None) -> None:
        super().__init__()
        self.session = session
        self.llm = llm
        self.viewer = viewer

        self.articles = ArticleRepository(session)
        self.chunks = ChunkRepository(session)
        self.users = UserRepository(session)
        self.article_loader = make_article_loader(self.articles)
        self.user_loader = make_user_loader(self.users)

    # services are built lazily: most operations only need one or two of them
    @cached_property
    def embeddings(self) -> EmbeddingService:
        return EmbeddingService(self.llm.openai)

    @cached_property
    def embedding_loader(self):
        return make_embedding_loader(self.embeddings)

    @cached_property
    def summary_loader(self) -> SummaryLoader:
        return SummaryLoader(self.llm.openai)

    @cached_property
    def search(self) -> SearchService:
        return SearchService(self.embeddings, self.chunks, hf=self.llm.hf)

    @cached_property
    def answers(self) -> AnswerService:
        return AnswerService(self.llm.openai, self.search)

    @cached_property
    def web(self) -> WebSearchService:
        return WebSearchService(self.llm.perplexity)

    @cached_property
    def translator(self) -> TranslationService:
        return TranslationService(self.llm.gemini)

    @cached_property
    def tagger(self) -> Tagger:
        return Tagger(self.llm.hf)


def _viewer_from_token(token: str | None) -> Viewer | None:
    if not token:
        return None
    try:
        claims = jwt.decode(token, get_settings().jwt_secret, algorithms=["HS256"])
    except jwt.PyJWTError:
        return None
    return Viewer(claims["sub"], claims.get("email", ""), claims.get("role", "reader"), claims.get("tid", "default"))


async def get_context(request: Request = None, websocket: WebSocket = None) -> Context:  # type: ignore[assignment]
    conn = request or websocket
    auth = conn.headers.get("authorization", "")
    token = auth.removeprefix("Bearer ").strip() or conn.query_params.get("token")
    session = SessionLocal()
    ctx = Context(session=session, llm=conn.app.state.llm, viewer=_viewer_from_token(token))
    return ctx
