# -*- coding: utf-8 -*-
import concurrent.futures
import logging

from odoo import _, api, fields, models

from odoo.addons.ai_base.services import clients_from_env, registry

_logger = logging.getLogger(__name__)


class LeadEnrichWizard(models.TransientModel):
    _name = "crm.lead.enrich.wizard"
    _description = "Bulk AI actions on leads"

    lead_ids = fields.Many2many("crm.lead", string="Leads")
    mode = fields.Selection(
        [("enrich", "Enrich"), ("score", "Score"), ("email", "Draft intro e-mails")],
        default="enrich",
        required=True,
    )
    tone = fields.Selection([("formal", "Formal"), ("friendly", "Friendly")], default="formal")
    max_workers = fields.Integer(default=4)
    result = fields.Text(readonly=True)

    @api.model
    def default_get(self, fields_list):
        res = super().default_get(fields_list)
        if self.env.context.get("active_model") == "crm.lead":
            res["lead_ids"] = [(6, 0, self.env.context.get("active_ids", []))]
        return res

    def _draft_email(self, lead):
        claude = registry.get("anthropic")
        msg = claude.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=500,
            system="You write short, %s first-contact e-mails for an Odoo partner." % self.tone,
            messages=[{"role": "user", "content": lead._ai_lead_text()}],
        )
        return msg.content[0].text

    def _parallel_summaries(self):
        """Summaries for many leads at once; the ORM is not thread safe so we
        read everything first and only call the API from the pool."""
        openai_client = clients_from_env(self.env)["openai"]
        texts = {lead.id: lead._ai_lead_text() for lead in self.lead_ids}
        results = {}
        with concurrent.futures.ThreadPoolExecutor(max_workers=self.max_workers or 4) as pool:
            futures = {
                pool.submit(
                    openai_client.chat.completions.create,
                    model="gpt-4o-mini",
                    messages=[{"role": "user", "content": "One line summary of this lead:\n" + text}],
                    max_tokens=60,
                ): lead_id
                for lead_id, text in texts.items()
            }
            for future in concurrent.futures.as_completed(futures):
                try:
                    results[futures[future]] = future.result().choices[0].message.content
                except Exception as exc:  # noqa: BLE001
                    results[futures[future]] = "error: %s" % exc
        return results

    def action_run(self):
        self.ensure_one()
        if self.mode == "enrich":
            self.lead_ids.action_enrich_with_ai()
            summaries = self._parallel_summaries()
            self.result = "\n".join("%s: %s" % (k, v) for k, v in summaries.items())
        elif self.mode == "score":
            self.lead_ids.action_ai_score()
            self.result = _("%s leads scored", len(self.lead_ids))
        else:
            drafts = []
            for lead in self.lead_ids:
                body = self._draft_email(lead)
                lead.message_post(body=body, subtype_xmlid="mail.mt_note")
                drafts.append(lead.name)
            self.result = _("Drafted e-mails for: %s", ", ".join(drafts))
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
        }
