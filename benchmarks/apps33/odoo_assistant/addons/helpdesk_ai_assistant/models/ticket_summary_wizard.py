# -*- coding: utf-8 -*-
import logging

from google.genai import types

from odoo import _, api, fields, models

from odoo.addons.ai_base.services import get_genai_client, llm_tracker, run_sync

_logger = logging.getLogger(__name__)

GEMINI_MODEL = "gemini-2.0-flash"


class TicketSummaryWizard(models.TransientModel):
    _name = "helpdesk.ticket.summary.wizard"
    _description = "Summarize helpdesk tickets for a customer"

    partner_id = fields.Many2one("res.partner", required=True)
    ticket_ids = fields.Many2many("helpdesk.ticket")
    date_from = fields.Date()
    summary = fields.Text(readonly=True)
    use_tracked = fields.Boolean(default=True, help="Log usage in AI Usage Logs")

    @api.onchange("partner_id", "date_from")
    def _onchange_partner(self):
        domain = [("partner_id", "child_of", self.partner_id.id)]
        if self.date_from:
            domain.append(("create_date", ">=", self.date_from))
        self.ticket_ids = self.env["helpdesk.ticket"].search(domain, limit=100)

    def _client(self):
        icp = self.env["ir.config_parameter"].sudo()
        return get_genai_client(icp.get_param("ai_base.google_api_key"), icp.get_param("ai_base.google_project"))

    def _corpus(self):
        parts = []
        for ticket in self.ticket_ids:
            parts.append("#%s %s [%s]\n%s" % (ticket.id, ticket.name, ticket.stage_id.name, ticket.ai_summary or ""))
        return "\n\n".join(parts)

    async def _summarize_tracked(self, client, corpus):
        async with llm_tracker.track_llm_call(
            provider="google",
            model=GEMINI_MODEL,
            feature_context="helpdesk_customer_summary",
            res_model="res.partner",
            res_id=self.partner_id.id,
        ) as usage_log:
            response = await client.aio.models.generate_content(
                model=GEMINI_MODEL,
                contents=corpus,
                config=types.GenerateContentConfig(
                    system_instruction="Summarize the support history of this customer for an account manager.",
                    temperature=0.2,
                ),
            )
            usage_log.input_tokens = response.usage_metadata.prompt_token_count
            usage_log.output_tokens = response.usage_metadata.candidates_token_count
        return response.text

    def action_generate(self):
        self.ensure_one()
        client = self._client()
        corpus = self._corpus()
        if self.use_tracked:
            text = run_sync(self._summarize_tracked(client, corpus))
        else:
            # kept for the customers on the old "fast mode" toggle
            response = client.models.generate_content(
                model=GEMINI_MODEL,
                contents=corpus,
                config=types.GenerateContentConfig(temperature=0.2, max_output_tokens=600),
            )
            text = response.text
        self.summary = text
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
        }

    def action_estimate(self):
        self.ensure_one()
        tokens = self._client().models.count_tokens(model=GEMINI_MODEL, contents=self._corpus())
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {"message": _("About %s input tokens", tokens.total_tokens)},
        }
