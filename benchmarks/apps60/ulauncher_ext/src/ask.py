"""`ai <question>` - quick answers.

Most questions go through the provider switch. Questions that look like they
need fresh information ("today", "latest", "price of") are sent to Perplexity
when a key is configured, because it searches the web.
"""
from __future__ import annotations

import asyncio
import logging
import re
from typing import List, Optional

from . import prompts
from .clients import ClientPool, MissingKeyError
from .history import History
from .providers import Completion, complete
from .tracking import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

_FRESH_RE = re.compile(r"\b(today|latest|current|news|price of|weather|score)\b", re.I)


def needs_web(question: str) -> bool:
    return bool(_FRESH_RE.search(question))


class QuickAnswerer:
    def __init__(self, pool: ClientPool, history: History):
        self.pool = pool
        self.history = history

    def _messages(self, question: str) -> List[dict]:
        return [
            {"role": "system", "content": prompts.ASK_SYSTEM},
            {"role": "user", "content": question},
        ]

    def answer(self, question: str) -> Completion:
        if needs_web(question) and self.pool.settings.key_for("perplexity"):
            result = self._answer_with_search(question)
        else:
            result = complete(self.pool, self._messages(question))
        self.history.create(question, result.text, result.provider)
        return result

    def _answer_with_search(self, question: str) -> Completion:
        pplx = self.pool.perplexity
        resp = pplx.chat.completions.create(
            model="sonar",
            messages=self._messages(question),
            max_tokens=self.pool.settings.max_tokens,
            extra_body={"search_recency_filter": "week"},
        )
        return Completion(
            text=resp.choices[0].message.content or "",
            provider="perplexity",
            model="sonar",
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            citations=list(getattr(resp, "citations", None) or []),
        )

    def answer_long(self, question: str) -> str:
        """Detailed answer (Shift+Enter). Goes through the tracked service."""
        return asyncio.run(
            multi_model_service.generate_response(
                prompt=question,
                task_type="ask_detailed",
                complexity=TaskComplexity.AGENTIC,
                system="Answer thoroughly but stay under 250 words.",
            )
        )

    def follow_up(self, previous_q: str, previous_a: str, question: str) -> str:
        client = self.pool.anthropic
        msg = client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=400,
            system=prompts.ASK_SYSTEM,
            messages=[
                {"role": "user", "content": previous_q},
                {"role": "assistant", "content": previous_a},
                {"role": "user", "content": question},
            ],
        )
        return msg.content[0].text


def quick_answer(pool: ClientPool, history: History, question: str) -> Optional[Completion]:
    try:
        return QuickAnswerer(pool, history).answer(question)
    except MissingKeyError as exc:
        log.warning("missing key: %s", exc.provider)
        return None
