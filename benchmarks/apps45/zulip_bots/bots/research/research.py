"""@research: web-grounded answers from Perplexity, with a Cohere fallback."""
from __future__ import annotations

import logging
import os
from typing import Any, Dict, List

import cohere
from openai import APIError, OpenAI
from zulip_bots.lib import BotHandler

from botlib.prompts import strip_bot_mention

log = logging.getLogger(__name__)

RECENCY = {"day", "week", "month", "year"}


class ResearchHandler:
    def usage(self) -> str:
        return (
            "`@research <question>` — answers with sources from the web.\n"
            "Add `--recent=week` to restrict results to the last week."
        )

    def initialize(self, bot_handler: BotHandler) -> None:
        cfg = bot_handler.get_config_info("llm")
        self.model = cfg.get("perplexity_model", "sonar")
        self.client = OpenAI(
            api_key=cfg.get("perplexity_api_key") or os.environ["PPLX_API_KEY"],
            base_url="https://api.perplexity.ai",
        )
        self.fallback = cohere.ClientV2(api_key=cfg.get("cohere_api_key") or os.environ.get("CO_API_KEY"))

    def _ask_perplexity(self, question: str, recency: str | None) -> tuple[str, List[str]]:
        extra_body: Dict[str, Any] = {}
        if recency:
            extra_body["search_recency_filter"] = recency
        chunks: List[str] = []
        citations: List[str] = []
        stream = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": "Answer precisely and cite sources."},
                {"role": "user", "content": question},
            ],
            stream=True,
            extra_body=extra_body or None,
        )
        for event in stream:
            if getattr(event, "citations", None):
                citations = list(event.citations)
            if event.choices and event.choices[0].delta.content:
                chunks.append(event.choices[0].delta.content)
        return "".join(chunks), citations

    def _ask_cohere(self, question: str) -> str:
        parts: List[str] = []
        for event in self.fallback.chat_stream(
            model="command-r-plus-08-2024",
            messages=[{"role": "user", "content": question}],
        ):
            if event.type == "content-delta":
                parts.append(event.delta.message.content.text)
        return "".join(parts)

    def handle_message(self, message: Dict[str, Any], bot_handler: BotHandler) -> None:
        text = strip_bot_mention(message["content"], bot_handler.full_name)
        recency = None
        for token in text.split():
            if token.startswith("--recent="):
                value = token.split("=", 1)[1]
                recency = value if value in RECENCY else None
                text = text.replace(token, "").strip()
        if not text:
            bot_handler.send_reply(message, self.usage())
            return
        try:
            answer, citations = self._ask_perplexity(text, recency)
        except APIError:
            log.exception("perplexity failed, falling back to cohere")
            answer, citations = self._ask_cohere(text), []
            answer += "\n\n*(no web sources: answered from the model's own knowledge)*"
        if citations:
            answer += "\n\n" + "\n".join(f"{i}. {url}" for i, url in enumerate(citations, 1))
        bot_handler.send_reply(message, answer)


handler_class = ResearchHandler
