"""Draft new documentation pages from an outline."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterator

from openai import OpenAI

from llmtool.textutil import strip_front_matter

logger = logging.getLogger(__name__)

DRAFT_SYSTEM_PROMPT = """You are a senior technical writer. Write clear, task-oriented
documentation in Markdown. Use second person, present tense, and short sections.
Never invent CLI flags or API fields that are not present in the context."""


@dataclass
class DraftRequest:
    title: str
    outline: str
    context: str = ""
    audience: str = "developers"


class DraftService:
    def __init__(self, client: OpenAI, model: str = "gpt-4o", temperature: float = 0.3) -> None:
        self.client = client
        self.model = model
        self.temperature = temperature

    def _messages(self, req: DraftRequest) -> list[dict]:
        user = f"# {req.title}\n\nAudience: {req.audience}\n\nOutline:\n{req.outline}"
        if req.context:
            user += f"\n\nReference material:\n{strip_front_matter(req.context)}"
        return [
            {"role": "system", "content": DRAFT_SYSTEM_PROMPT},
            {"role": "user", "content": user},
        ]

    def draft(self, req: DraftRequest) -> str:
        response = self.client.chat.completions.create(
            model=self.model,
            messages=self._messages(req),
            temperature=self.temperature,
        )
        logger.info("draft used %s tokens", response.usage.total_tokens if response.usage else "?")
        return response.choices[0].message.content or ""

    def stream_draft(self, req: DraftRequest) -> Iterator[str]:
        stream = self.client.chat.completions.create(
            model=self.model,
            messages=self._messages(req),
            temperature=self.temperature,
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    def suggest_titles(self, body: str, n: int = 5) -> list[str]:
        # uses the Responses API; Priya wants to move everything here eventually
        response = self.client.responses.create(
            model=self.model,
            instructions=f"Suggest {n} concise page titles, one per line.",
            input=body[:8000],
        )
        return [line.strip("-• ").strip() for line in response.output_text.splitlines() if line.strip()][:n]
