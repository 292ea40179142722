"""Query rewriting with Mistral (cheap, fast). Falls back to the raw question."""
from __future__ import annotations

import logging

from apis.llm import get_mistral_client
from config import get_settings
from pipeline.prompts import MULTI_QUERY_SYSTEM, REWRITE_SYSTEM

log = logging.getLogger(__name__)


class QueryRewriter:
    def __init__(self, client=None, model: str | None = None) -> None:
        self.client = client or get_mistral_client()
        self.model = model or get_settings().rewrite_model

    def rewrite(self, question: str, history: list[dict] | None = None) -> str:
        if not history:
            return question
        convo = "\n".join(f"{t['role']}: {t['content']}" for t in history[-6:])
        try:
            resp = self.client.chat.complete(
                model=self.model,
                messages=[
                    {"role": "system", "content": REWRITE_SYSTEM},
                    {"role": "user", "content": f"{convo}\nuser: {question}"},
                ],
                temperature=0.0,
                max_tokens=128,
            )
        except Exception:
            log.exception("rewrite failed, using original question")
            return question
        return (resp.choices[0].message.content or question).strip()

    def expand(self, question: str, n: int = 3) -> list[str]:
        resp = self.client.chat.complete(
            model=self.model,
            messages=[
                {"role": "system", "content": MULTI_QUERY_SYSTEM.format(n=n)},
                {"role": "user", "content": question},
            ],
        )
        lines = [l.strip() for l in resp.choices[0].message.content.splitlines() if l.strip()]
        return [question, *lines[:n]]

    async def arewrite(self, question: str) -> str:
        resp = await self.client.chat.complete_async(
            model=self.model,
            messages=[{"role": "system", "content": REWRITE_SYSTEM}, {"role": "user", "content": question}],
        )
        return resp.choices[0].message.content.strip()
