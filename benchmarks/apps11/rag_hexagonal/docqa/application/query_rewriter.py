"""Follow-up question condensation.

Written before the ports existed; still talks to OpenAI directly. Should become a
ChatModel-based use case once the fast-model port lands.
"""
from __future__ import annotations

import logging
from typing import Sequence

from docqa import prompts
from docqa.adapters.clients import get_async_openai_client
from docqa.config import get_settings
from docqa.domain import ChatTurn

logger = logging.getLogger(__name__)


class QueryRewriter:
    def __init__(self, model: str = "") -> None:
        self._model = model or get_settings().fast_model_openai

    async def rewrite(self, history: Sequence[ChatTurn], question: str) -> str:
        transcript = "\n".join(f"{t.role}: {t.content}" for t in history[-8:])
        client = get_async_openai_client()
        resp = await client.responses.create(
            model=self._model,
            instructions=prompts.REWRITE_SYSTEM,
            input=f"{transcript}\nuser: {question}",
            max_output_tokens=96,
            temperature=0,
        )
        rewritten = resp.output_text.strip().strip('"')
        logger.debug("rewrote %r -> %r", question, rewritten)
        return rewritten or question
