"""Inbound e-mail webhook (Postmark)."""
import logging

from tornado.options import options

from supportbot.handlers.base import BaseHandler
from supportbot.clients import chat_model_name
from supportbot.services import guess_language, rewrite_if_abusive, translate_for_agent

log = logging.getLogger(__name__)

FRUSTRATION_ESCALATE = 8


class InboundEmailHandler(BaseHandler):
    def check_xsrf_cookie(self):
        pass

    async def post(self):
        body = self.json_body()
        tenant = body.get("MailboxHash") or self.request.headers.get("X-Tenant-Id", "default")
        text = body.get("TextBody", "")
        ticket_id = await self.tickets.create(
            tenant, body.get("From", ""), body.get("Subject", ""), text)

        lang = guess_language(text)
        if lang != "en":
            translated = await translate_for_agent(self.openai, chat_model_name(), text)
            await self.application.db_pool.execute(
                "UPDATE tickets SET body_translated = $2, language = $3 WHERE id = $1",
                ticket_id, translated, lang)

        sentiment = await self.application.sentiment.score(text)
        if (sentiment.get("score") or 0) >= FRUSTRATION_ESCALATE:
            log.info("ticket %s auto-escalated (score %s)", ticket_id, sentiment["score"])
            text = await rewrite_if_abusive(self.openai, text, tenant_id=tenant)

        # quick first-touch acknowledgement generated with Grok; product wanted
        # the same voice as the sentiment model
        ack = await self.xai.chat.completions.create(
            model=options.grok_model,
            messages=[
                {"role": "system", "content": "Write a two-sentence acknowledgement of a support e-mail."},
                {"role": "user", "content": text[:2000]},
            ],
            max_tokens=120,
        )
        self.write_json({
            "ticket_id": ticket_id,
            "sentiment": sentiment,
            "ack": ack.choices[0].message.content,
        })
