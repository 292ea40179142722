# -*- coding: utf-8 -*-
import math

from odoo import http
from odoo.http import request

from odoo.addons.ai_base.services import clients as ai_clients
from odoo.addons.ai_base.services.http_gateway import post_messages, GatewayError


def _cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class HelpdeskAiPortal(http.Controller):

    @http.route("/helpdesk/ai/deflect", type="json", auth="public", website=True)
    def deflect(self, question, team_id=None):
        """Suggest knowledge articles before the customer opens a ticket."""
        icp = request.env["ir.config_parameter"].sudo()
        client = ai_clients.get_openai_client(icp.get_param("ai_base.openai_api_key"))
        query = client.embeddings.create(model="text-embedding-3-small", input=question)
        qvec = query.data[0].embedding
        articles = request.env["knowledge.article"].sudo().search([("ai_embedding", "!=", False)], limit=200)
        scored = sorted(
            ((a, _cosine(qvec, a.get_embedding())) for a in articles),
            key=lambda pair: pair[1],
            reverse=True,
        )
        return [{"id": a.id, "name": a.name, "score": round(s, 3)} for a, s in scored[:3] if s > 0.35]

    @http.route("/helpdesk/ai/answer", type="json", auth="public", website=True)
    def answer(self, question):
        icp = request.env["ir.config_parameter"].sudo()
        proxy = icp.get_param("ai_base.http_proxy")
        try:
            text = post_messages(
                icp.get_param("ai_base.anthropic_api_key"),
                "claude-3-5-haiku-latest",
                "You answer questions from the public help center. If unsure, suggest opening a ticket.",
                [{"role": "user", "content": question}],
                proxies={"https": proxy} if proxy else None,
            )
        except GatewayError:
            return {"error": "unavailable"}
        return {"answer": text}
