"""Reply drafter: DM it a message link and it drafts a reply for you.

``draft <link>``          draft a reply to that thread
``draft <link> --web``    also look things up on the web (Perplexity)
``redo [instructions]``   redo the last draft, e.g. ``redo shorter``
"""
from __future__ import annotations

import logging
import re
import shlex
from typing import Any, Dict, List, Optional

from zulip_bots.lib import BotHandler

from botlib import ClientBundle, get_perplexity_client, load_settings
from botlib.prompts import DRAFT_SYSTEM, format_zulip_messages
from bots.reply_drafter.drafts import Draft, DraftStore

log = logging.getLogger(__name__)

LINK_RE = re.compile(r"#narrow/(?:stream|channel)/(?P<stream>[^/]+)/(?:topic|subject)/(?P<topic>[^/\s]+)")


class ReplyDrafterHandler:
    def usage(self) -> str:
        return __doc__ or ""

    def initialize(self, bot_handler: BotHandler) -> None:
        self.settings = load_settings(bot_handler)
        self.clients = ClientBundle(self.settings)
        self.pplx = get_perplexity_client(self.settings.perplexity_api_key)
        self.zulip = bot_handler._client  # noqa: SLF001 - the handler does not expose get_messages

    # -- helpers -----------------------------------------------------------
    def _thread(self, url: str) -> List[Dict[str, Any]]:
        m = LINK_RE.search(url)
        if not m:
            return []
        stream = m.group("stream").split("-", 1)[-1].replace(".20", " ")
        topic = m.group("topic").replace(".20", " ")
        res = self.zulip.get_messages({
            "anchor": "newest", "num_before": 50, "num_after": 0, "apply_markdown": False,
            "narrow": [{"operator": "stream", "operand": stream}, {"operator": "topic", "operand": topic}],
        })
        return res.get("messages", [])

    def _web_context(self, thread_text: str) -> tuple[str, List[str]]:
        resp = self.pplx.chat.completions.create(
            model=self.settings.perplexity_model,
            messages=[
                {"role": "system", "content": "Find facts on the web relevant to replying to this thread. Be brief."},
                {"role": "user", "content": thread_text[-6000:]},
            ],
        )
        citations = getattr(resp, "citations", None) or []
        return resp.choices[0].message.content or "", list(citations)

    def _draft(self, thread_text: str, author: str, extra: str = "", web: str = "") -> str:
        instructions = DRAFT_SYSTEM + (f"\nAdditional instructions: {extra}" if extra else "")
        user_input = f"You are drafting as {author}.\n\nThread:\n{thread_text}"
        if web:
            user_input += f"\n\nBackground from the web:\n{web}"
        response = self.clients.openai.responses.create(
            model=self.settings.openai_model,
            instructions=instructions,
            input=user_input,
            max_output_tokens=self.settings.max_tokens,
        )
        return response.output_text

    # -- entry point -------------------------------------------------------
    def handle_message(self, message: Dict[str, Any], bot_handler: BotHandler) -> None:
        if message["type"] != "private":
            bot_handler.send_reply(message, "DM me instead, drafts are private :lock:")
            return
        store = DraftStore(bot_handler.storage)
        try:
            words = shlex.split(message["content"])
        except ValueError:
            words = message["content"].split()
        if not words:
            bot_handler.send_reply(message, self.usage())
            return
        cmd, args = words[0].lower(), words[1:]

        if cmd == "draft" and args:
            url = args[0]
            thread = self._thread(url)
            if not thread:
                bot_handler.send_reply(message, "I couldn't read that thread. Is it a topic link?")
                return
            text = format_zulip_messages(thread)
            web, sources = ("", [])
            if "--web" in args:
                web, sources = self._web_context(text)
            body = self._draft(text, message["sender_full_name"], web=web)
            draft = Draft.create(message["sender_id"], url, body, sources)
            store.save(draft)
            bot_handler.send_reply(message, self._render(draft))
        elif cmd == "redo":
            last: Optional[Draft] = store.latest_for(message["sender_id"])
            if last is None:
                bot_handler.send_reply(message, "No draft to redo yet.")
                return
            text = format_zulip_messages(self._thread(last.thread_url))
            body = self._draft(text, message["sender_full_name"], extra=" ".join(args))
            draft = Draft.create(message["sender_id"], last.thread_url, body, last.sources)
            store.save(draft)
            bot_handler.send_reply(message, self._render(draft))
        else:
            bot_handler.send_reply(message, self.usage())

    @staticmethod
    def _render(draft: Draft) -> str:
        out = f"**Draft `{draft.draft_id}`**\n```quote\n{draft.text}\n```"
        if draft.sources:
            out += "\nSources: " + " ".join(f"[{i}]({u})" for i, u in enumerate(draft.sources, 1))
        return out


handler_class = ReplyDrafterHandler
