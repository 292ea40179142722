"""@docs: answers questions from the Acme handbook."""
from __future__ import annotations

import logging
from typing import Any, Dict

from zulip_bots.lib import BotHandler

from botlib import ClientBundle, load_settings, moderate
from botlib.embeddings import CohereEmbedder
from botlib.prompts import DOCS_QA_SYSTEM, number_excerpts, strip_bot_mention
from botlib.storage import ConversationMemory, RateLimiter
from bots.docs_qa.retriever import HandbookRetriever

log = logging.getLogger(__name__)


class DocsQAHandler:
    META = {"name": "docs", "description": "Answers questions from the handbook."}

    def usage(self) -> str:
        return (
            "Ask me anything covered by the handbook, e.g. `@docs how do I request "
            "a new laptop?`. Send `@docs forget` to reset our conversation."
        )

    def initialize(self, bot_handler: BotHandler) -> None:
        self.settings = load_settings(bot_handler)
        self.clients = ClientBundle(self.settings)
        self.retriever = HandbookRetriever(CohereEmbedder(self.settings.cohere_api_key))
        self.check_moderation = self.settings.extra.get("moderation", "true") == "true"

    def handle_message(self, message: Dict[str, Any], bot_handler: BotHandler) -> None:
        question = strip_bot_mention(message["content"], bot_handler.full_name)
        memory = ConversationMemory(bot_handler.storage)
        if not question or question == "help":
            bot_handler.send_reply(message, self.usage())
            return
        if question == "forget":
            memory.clear(message)
            bot_handler.send_reply(message, "Done, I forgot our conversation.")
            return
        if not RateLimiter(bot_handler.storage).allow(message["sender_id"]):
            bot_handler.send_reply(message, "You've hit the hourly limit, try again later :hourglass:")
            return
        if self.check_moderation and moderate(question):
            bot_handler.send_reply(message, "I can't help with that one.")
            return

        chunks = self.retriever.retrieve(question)
        if not chunks:
            bot_handler.send_reply(message, "I couldn't find anything in the handbook about that.")
            return
        excerpts = number_excerpts([f"{c.title}: {c.text}" for c in chunks])
        messages = [{"role": "system", "content": DOCS_QA_SYSTEM}]
        messages.extend(memory.history(message))
        messages.append({"role": "user", "content": f"Excerpts:\n{excerpts}\n\nQuestion: {question}"})

        completion = self.clients.openai.chat.completions.create(
            model=self.settings.openai_model,
            messages=messages,
            temperature=0,
            max_tokens=self.settings.max_tokens,
        )
        answer = completion.choices[0].message.content or ""
        sources = ", ".join(sorted({c.title for c in chunks}))
        bot_handler.send_reply(message, f"{answer}\n\n*Sources: {sources}*")
        memory.append(message, question, answer)


handler_class = DocsQAHandler
