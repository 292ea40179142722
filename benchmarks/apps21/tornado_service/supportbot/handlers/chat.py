"""Customer-facing chat endpoints (non-streaming)."""
import logging

import tornado.web

from supportbot.clients import chat_model_name
from supportbot.handlers.base import BaseHandler
from supportbot.services import flag_message
from supportbot.utils.costs import completion_cost

log = logging.getLogger(__name__)


class ChatHandler(BaseHandler):
    async def post(self):
        body = self.json_body()
        question = (body.get("message") or "").strip()
        if not question:
            raise tornado.web.HTTPError(400, reason="empty message")

        flagged, categories = await flag_message(self.openai, question)
        if flagged:
            log.info("blocked message for tenant %s: %s", self.tenant_id, categories)
            self.write_json({"answer": None, "blocked": True, "categories": categories})
            return

        result = await self.application.kb.answer(
            self.tenant_id,
            question,
            history=body.get("history"),
            company=self.settings["company_name"],
        )
        self.write_json(result)


class QuickReplyHandler(BaseHandler):
    """Canned-answer suggestions shown under the chat box.

    Uses the Responses API; written by the widget team in 2024.
    """

    async def post(self):
        body = self.json_body()
        text = body.get("message", "")
        response = await self.openai.responses.create(
            model=chat_model_name(),
            instructions="Suggest three short follow-up questions the customer might ask, one per line.",
            input=text,
            max_output_tokens=120,
        )
        suggestions = [s.strip("- ").strip() for s in response.output_text.splitlines() if s.strip()]
        self.write_json({"suggestions": suggestions[:3]})


class ChatCompletionHandler(BaseHandler):
    """Deprecated: raw completion passthrough kept for the mobile app < 2.3."""

    async def post(self):
        body = self.json_body()
        messages = body.get("messages") or []
        completion = await self.openai.chat.completions.create(
            model=chat_model_name(),
            messages=messages[-20:],
            max_tokens=500,
        )
        self.write_json({
            "content": completion.choices[0].message.content,
            "cost": completion_cost(completion, chat_model_name()),
        })
