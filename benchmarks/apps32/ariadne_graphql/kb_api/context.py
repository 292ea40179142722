"""``context_value`` factory for the Ariadne ASGI app."""
from __future__ import annotations

import logging
from typing import Any

from starlette.requests import Request

from kb_api.dataloaders import build_loaders
from kb_api.services import EmbeddingService, Summarizer
from kb_api.services.qa import AnswerService

log = logging.getLogger(__name__)


async def _current_user(request: Request):
    user_id = request.headers.get("x-kb-user")
    if not user_id or not user_id.isdigit():
        return None
    db = request.app.state.db
    (user,) = await db.users.get_many([int(user_id)])
    return user


async def get_context_value(request: Request, data: Any) -> dict[str, Any]:
    state = request.app.state
    llm = state.llm
    embeddings = EmbeddingService(llm.openai, cohere_client=llm.cohere)
    summarizer = Summarizer(llm.anthropic)
    return {
        "request": request,
        "db": state.db,
        "user": await _current_user(request),
        "llm": llm,
        "openai": llm.openai,
        "cohere": llm.cohere,
        "embeddings": embeddings,
        "summarizer": summarizer,
        "answers": AnswerService(llm, embeddings, state.db),
        "loaders": build_loaders(state.db, summarizer, embeddings),
        "operation": (data or {}).get("operationName") if isinstance(data, dict) else None,
    }
