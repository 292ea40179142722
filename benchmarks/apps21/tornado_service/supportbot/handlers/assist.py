"""Agent-assist endpoints (agent console sidebar)."""
import logging

import tornado.web
from tornado.options import options

from supportbot.clients import chat_model_name
from supportbot.handlers.base import BaseHandler
from supportbot.services.agent_assist import AgentAssist, extract_fields, propose_macro
from supportbot.services.registry import assist_provider, get_client

log = logging.getLogger(__name__)


class OrdersClient:
    """Stub until the orders service exposes its API to us."""

    async def lookup(self, tenant_id, order_number):
        return None


class AssistSuggestHandler(BaseHandler):
    async def post(self):
        body = self.json_body()
        question = body.get("question")
        if not question:
            raise tornado.web.HTTPError(400)
        provider = assist_provider()
        if provider == "anthropic":
            assist = AgentAssist(get_client(self.application, "anthropic"), options.draft_model,
                                 self.application.kb, OrdersClient())
            text = await assist.suggest(self.tenant_id, question)
        else:
            # only other supported assist vendor for now is Grok
            client = get_client(self.application, "xai")
            resp = await client.chat.completions.create(
                model=options.grok_model,
                messages=[{"role": "user", "content": question}],
            )
            text = resp.choices[0].message.content
        self.write_json({"suggestion": text, "provider": provider})


class ExtractFieldsHandler(BaseHandler):
    async def post(self, ticket_id):
        ticket = await self.tickets.get(int(ticket_id))
        if ticket is None:
            raise tornado.web.HTTPError(404)
        fields = await extract_fields(self.openai, chat_model_name(), ticket["body"])
        self.write_json(fields.model_dump())


class AssistRerankHandler(BaseHandler):
    """Re-orders the macro suggestions shown to agents."""

    async def post(self):
        body = self.json_body()
        co = get_client(self.application, "cohere")
        resp = await co.rerank(
            model=options.rerank_model,
            query=body["message"],
            documents=body["macros"],
            top_n=3,
        )
        order = [r.index for r in resp.results if r.relevance_score >= 0.2]
        proposal = None
        if not order and body.get("propose", True):
            proposal = await propose_macro(co, body["message"], body.get("macro_titles", []))
        self.write_json({"order": order, "proposal": proposal})
