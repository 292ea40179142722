"""Agent-facing ticket tooling: create, summarize, triage, draft."""
import json
import logging

import tornado.web
from tornado.options import options

from supportbot.handlers.base import BaseHandler
from supportbot.services import TaskComplexity, draft_reply, multi_model_service
from supportbot.utils.prompts import SUMMARY_PROMPT, TRIAGE_PROMPT, transcript_from_messages

log = logging.getLogger(__name__)


class TicketCreateHandler(BaseHandler):
    async def post(self):
        body = self.json_body()
        ticket_id = await self.tickets.create(
            self.tenant_id, body["email"], body.get("subject", ""), body.get("body", ""))
        self.write_json({"id": ticket_id}, status=201)


class TicketSummaryHandler(BaseHandler):
    async def post(self, ticket_id):
        ticket = await self.tickets.get(int(ticket_id))
        if ticket is None:
            raise tornado.web.HTTPError(404)
        messages = await self.tickets.messages(ticket["id"])
        prompt = SUMMARY_PROMPT.format(
            ticket_id=ticket["id"], status=ticket["status"],
            transcript=transcript_from_messages(messages))

        msg = await self.anthropic.messages.create(
            model=options.summary_model,
            max_tokens=400,
            messages=[{"role": "user", "content": prompt}],
        )
        summary = msg.content[0].text
        await self.tickets.set_summary(ticket["id"], summary)
        self.write_json({"summary": summary})


class TicketTriageHandler(BaseHandler):
    async def post(self, ticket_id):
        ticket = await self.tickets.get(int(ticket_id))
        if ticket is None:
            raise tornado.web.HTTPError(404)
        raw = await multi_model_service.generate_response(
            prompt=TRIAGE_PROMPT.format(body=ticket["body"]),
            task_type="ticket_triage",
            complexity=TaskComplexity.SIMPLE,
            tenant_id=self.tenant_id,
        )
        try:
            parsed = json.loads(raw)
        except ValueError:
            parsed = {"category": "other", "urgency": 3}
        await self.tickets.set_triage(ticket["id"], parsed["category"], parsed["urgency"])
        self.write_json(parsed)


class DraftReplyHandler(BaseHandler):
    async def post(self, ticket_id):
        body = self.json_body()
        messages = await self.tickets.messages(int(ticket_id))
        if not messages:
            raise tornado.web.HTTPError(404)
        key = (ticket_id, len(messages))
        cached = self.application.draft_cache.get(key)
        if cached:
            self.write_json({"draft": cached, "cached": True})
            return
        text = await draft_reply(
            self.anthropic, options.draft_model, messages,
            agent_name=body.get("agent_name", "The Support Team"),
            tone_hint=body.get("tone"),
        )
        self.application.draft_cache.create(key, text)
        self.write_json({"draft": text, "cached": False})
