# -*- coding: utf-8 -*-
import json
import logging

from odoo import http
from odoo.http import request, Response

from ..services import clients, multi_model_service, run_sync, TaskComplexity

_logger = logging.getLogger(__name__)


class AiBaseController(http.Controller):

    @http.route("/ai_base/models", type="json", auth="user")
    def available_models(self, provider="openai"):
        if not request.env.user.has_group("base.group_system"):
            return {"error": "forbidden"}
        key = request.env["ir.config_parameter"].sudo().get_param("ai_base.openai_api_key")
        client = clients.get_openai_client(key)
        return {"models": clients.list_openai_models(client)}

    @http.route("/ai_base/complete", type="json", auth="user")
    def complete(self, prompt, task_type="chat", agentic=False):
        multi_model_service.configure_from_env(request.env)
        text = run_sync(
            multi_model_service.generate_response(
                prompt=prompt,
                task_type=task_type,
                complexity=TaskComplexity.AGENTIC if agentic else TaskComplexity.SIMPLE,
            )
        )
        return {"text": text}

    @http.route("/ai_base/stream", type="http", auth="user", methods=["POST"], csrf=False)
    def stream(self, **post):
        """Server-sent events for the chatter composer 'AI draft' button."""
        payload = json.loads(request.httprequest.data or b"{}")
        icp = request.env["ir.config_parameter"].sudo()
        client = clients.get_openai_client(icp.get_param("ai_base.openai_api_key"))
        model = icp.get_param("ai_base.openai_model", "gpt-4o-mini")

        def generate():
            stream = client.chat.completions.create(
                model=model,
                messages=payload.get("messages", []),
                stream=True,
                temperature=0.4,
            )
            for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    yield "data: %s\n\n" % json.dumps({"delta": chunk.choices[0].delta.content})
            yield "data: [DONE]\n\n"

        return Response(generate(), mimetype="text/event-stream", direct_passthrough=True)

    @http.route("/ai_base/usage", type="json", auth="user")
    def usage(self, days=30):
        """Data for the OWL dashboard widget in Settings > AI."""
        if not request.env.user.has_group("base.group_system"):
            return {"error": "forbidden"}
        Log = request.env["ai.usage.log"].sudo()
        return {
            "month_cost": Log._month_to_date_cost(),
            "by_feature": Log._usage_by_feature(days=int(days)),
            "budget": float(request.env["ir.config_parameter"].sudo().get_param("ai_base.monthly_budget", 0) or 0),
        }
