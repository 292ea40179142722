"""@summary: summarise a stream or topic with Claude."""
from __future__ import annotations

import hashlib
import json
import logging
from typing import Any, Dict

import zulip
from zulip_bots.lib import BotHandler

from botlib import get_anthropic_client, load_settings
from botlib.prompts import SUMMARY_SYSTEM, format_zulip_messages
from bots.stream_summary.fetch import fetch_history, parse_target

log = logging.getLogger(__name__)

MAX_INPUT_TOKENS = 60_000


class StreamSummaryHandler:
    def usage(self) -> str:
        return "Mention me with a stream or topic link: `@summary #**engineering>deploys**`."

    def initialize(self, bot_handler: BotHandler) -> None:
        self.settings = load_settings(bot_handler)
        self.claude = get_anthropic_client(self.settings.anthropic_api_key)
        config = bot_handler.get_config_info("zulip_api", optional=True) or {}
        # The bot needs read access to streams the bot user is not subscribed to,
        # so it uses a separate API key with a reader role.
        self.reader = zulip.Client(
            email=config.get("email"), api_key=config.get("key"), site=config.get("site")
        )

    def _cache_key(self, stream: str, topic: str | None, last_id: int) -> str:
        raw = f"{stream}|{topic}|{last_id}".encode()
        return "summary:" + hashlib.sha1(raw).hexdigest()

    def handle_message(self, message: Dict[str, Any], bot_handler: BotHandler) -> None:
        target = parse_target(message["content"])
        if target is None:
            bot_handler.send_reply(message, self.usage())
            return
        stream, topic = target
        try:
            history = fetch_history(self.reader, stream, topic)
        except RuntimeError as exc:
            bot_handler.send_reply(message, f"Couldn't read #**{stream}**: {exc}")
            return
        if not history:
            bot_handler.send_reply(message, "Nothing to summarise there.")
            return

        key = self._cache_key(stream, topic, history[-1]["id"])
        if bot_handler.storage.contains(key):
            bot_handler.send_reply(message, bot_handler.storage.get(key))
            return

        transcript = format_zulip_messages(history, limit_chars=200_000)
        count = self.claude.messages.count_tokens(
            model=self.settings.anthropic_model,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": transcript}],
        )
        if count.input_tokens > MAX_INPUT_TOKENS:
            transcript = format_zulip_messages(history[-80:])

        # Long summaries time out the HTTP request without streaming.
        with self.claude.messages.stream(
            model=self.settings.anthropic_model,
            max_tokens=1024,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": transcript}],
        ) as stream_resp:
            summary = stream_resp.get_final_text()

        where = f"#**{stream}>{topic}**" if topic else f"#**{stream}**"
        reply = f"**Summary of {where}** ({len(history)} messages)\n\n{summary}"
        bot_handler.storage.put(key, reply)
        bot_handler.send_reply(message, reply)
        log.info("summary %s", json.dumps({"stream": stream, "topic": topic, "n": len(history)}))


handler_class = StreamSummaryHandler
