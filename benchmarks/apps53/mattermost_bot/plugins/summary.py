"""`summarize` / `tldr` — thread summaries with Claude."""
from __future__ import annotations

import logging

import anthropic
from mmpy_bot import Message, Plugin, WebHookEvent, listen_to, listen_webhook

from config import BotConfig
from services.prompts import SUMMARY_SYSTEM, render_thread
from services.conversation_store import ConversationStore
from utils.mm import fetch_thread_posts

logger = logging.getLogger(__name__)

MAX_THREAD_CHARS = 60_000


class SummaryPlugin(Plugin):
    def __init__(self, client: anthropic.Anthropic, config: BotConfig, store: ConversationStore | None = None) -> None:
        super().__init__()
        self.client = client
        self.config = config
        self.store = store

    def on_start(self):
        logger.info("SummaryPlugin using %s", self.config.anthropic_model)

    def _allowed(self, message: Message) -> bool:
        allow = self.config.summary_channel_allowlist
        return not allow or message.channel_id in allow

    @listen_to("^(summarize|summarise|tldr)$")
    def summarize(self, message: Message, _cmd: str):
        if not self._allowed(message):
            self.driver.reply_to(message, "Summaries are not enabled in this channel.")
            return
        root_id = message.reply_id or message.id
        posts = fetch_thread_posts(self.driver, root_id)
        transcript = render_thread(posts)[-MAX_THREAD_CHARS:]
        response = self.client.messages.create(
            model=self.config.anthropic_model,
            max_tokens=900,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": transcript}],
        )
        summary = "".join(b.text for b in response.content if b.type == "text")
        self.driver.reply_to(message, f"**Thread summary** ({len(posts)} posts)\n\n{summary}")

    @listen_to("^summarize live$")
    def summarize_streaming(self, message: Message):
        root_id = message.reply_id or message.id
        transcript = render_thread(fetch_thread_posts(self.driver, root_id))[-MAX_THREAD_CHARS:]
        parts: list[str] = []
        with self.client.messages.stream(
            model=self.config.anthropic_model,
            max_tokens=900,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": transcript}],
        ) as stream:
            for text in stream.text_stream:
                parts.append(text)
        self.driver.reply_to(message, "".join(parts))

    @listen_to("^summary stats$")
    def stats(self, message: Message):
        root_id = message.reply_id or message.id
        posts = fetch_thread_posts(self.driver, root_id)
        transcript = render_thread(posts)
        counted = self.client.messages.count_tokens(
            model=self.config.anthropic_model,
            messages=[{"role": "user", "content": transcript}],
        )
        self.driver.reply_to(message, f"{len(posts)} posts, ~{counted.input_tokens} tokens")

    @listen_webhook("summarize")
    def summarize_hook(self, event: WebHookEvent):
        """POST {"post_id": "..."} — used by the 'Summarize' message action in the webapp plugin."""
        body = event.body or {}
        post_id = body.get("post_id")
        if not post_id:
            self.driver.respond(event, {"error": "post_id is required"})
            return
        posts = fetch_thread_posts(self.driver, post_id)
        transcript = render_thread(posts)[-MAX_THREAD_CHARS:]
        language = body.get("language", "English")
        response = self.client.messages.create(
            model=self.config.anthropic_model,
            max_tokens=700,
            system=SUMMARY_SYSTEM + f" Write the summary in {language}.",
            messages=[{"role": "user", "content": transcript}],
            metadata={"user_id": body.get("user_id", "webapp")},
        )
        text = "".join(b.text for b in response.content if b.type == "text")
        if self.store is not None:
            from services.conversation_store import Turn

            self.store.append(Turn(post_id, "assistant", f"[summary] {text}"))
        self.driver.respond(event, {"summary": text, "posts": len(posts)})
