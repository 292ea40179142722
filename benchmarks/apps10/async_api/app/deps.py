"""FastAPI dependencies. Routers should take clients from here rather than importing
the process-wide getters, so tests can override them."""
from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import ArticleRepository, TicketRepository, get_session


def get_provider_clients(request: Request):
    return request.app.state.clients


def get_openai_client(request: Request):
    return request.app.state.clients.openai


def get_anthropic_client(request: Request):
    return request.app.state.clients.anthropic


def get_genai_client(request: Request):
    return request.app.state.clients.genai


def get_mistral_client(request: Request):
    return request.app.state.clients.mistral


def get_arq_pool(request: Request):
    return request.app.state.arq


def get_ticket_repo(session: AsyncSession = Depends(get_session)) -> TicketRepository:
    return TicketRepository(session)


def get_article_repo(session: AsyncSession = Depends(get_session)) -> ArticleRepository:
    return ArticleRepository(session)
