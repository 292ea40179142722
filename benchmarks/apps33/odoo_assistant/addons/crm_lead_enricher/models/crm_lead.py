# -*- coding: utf-8 -*-
import json
import logging

from odoo import _, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import html2plaintext

from odoo.addons.ai_base.services import prompts, registry, TaskComplexity
from odoo.addons.ai_base.services.clients import get_openai_client
from .lead_scoring import LeadScorer, legacy_score

_logger = logging.getLogger(__name__)

ENRICH_MODEL = "gpt-4o-mini"


class CrmLead(models.Model):
    _name = "crm.lead"
    _inherit = ["crm.lead", "ai.mixin"]

    ai_enriched = fields.Boolean(copy=False, readonly=True)
    ai_industry = fields.Char(readonly=True)
    ai_company_size = fields.Char(readonly=True)
    ai_buying_signals = fields.Text(readonly=True)
    ai_summary = fields.Text(readonly=True)
    ai_score = fields.Integer(readonly=True)
    ai_score_reason = fields.Char(readonly=True)

    def _ai_lead_text(self):
        self.ensure_one()
        return "\n".join(filter(None, [
            "Company: %s" % (self.partner_name or ""),
            "Contact: %s (%s)" % (self.contact_name or "", self.function or ""),
            "Website: %s" % (self.website or ""),
            "Country: %s" % (self.country_id.name or ""),
            "Notes: %s" % html2plaintext(self.description or ""),
        ]))

    def _apply_enrichment(self, data):
        country = False
        if data.get("country_code"):
            country = self.env["res.country"].search([("code", "=ilike", data["country_code"])], limit=1)
        vals = {
            "ai_enriched": True,
            "ai_industry": data.get("industry"),
            "ai_company_size": data.get("company_size"),
            "ai_buying_signals": "\n".join(data.get("buying_signals") or []),
            "ai_summary": data.get("summary"),
        }
        if country and not self.country_id:
            vals["country_id"] = country.id
        self.write(vals)

    def _enrich_one(self, client):
        self.ensure_one()
        response = client.chat.completions.create(
            model=ENRICH_MODEL,
            messages=[
                {"role": "system", "content": "You are a B2B sales research assistant. Output JSON only."},
                {"role": "user", "content": prompts.render(prompts.LEAD_ENRICH, lead=self._ai_lead_text())},
            ],
            response_format={"type": "json_object"},
            temperature=0.1,
        )
        try:
            data = json.loads(response.choices[0].message.content)
        except ValueError:
            _logger.warning("lead %s: invalid JSON from model", self.id)
            return False
        self._apply_enrichment(data)
        return True

    def action_enrich_with_ai(self):
        key = self.env["ir.config_parameter"].sudo().get_param("ai_base.openai_api_key")
        if not key:
            raise UserError(_("Set an OpenAI API key in Settings > AI first."))
        client = get_openai_client(key)
        done = sum(1 for lead in self if lead._enrich_one(client))
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {"message": _("%s lead(s) enriched", done), "type": "success"},
        }

    def action_enrich_tracked(self):
        """New path (see ticket NW-412): goes through multi_model_service."""
        for lead in self:
            raw = lead._ai_generate(
                prompts.render(prompts.LEAD_ENRICH, lead=lead._ai_lead_text()),
                task_type="crm_enrich",
                complexity=TaskComplexity.SIMPLE,
                system="Output JSON only.",
            )
            try:
                lead._apply_enrichment(json.loads(raw))
            except ValueError:
                _logger.warning("lead %s: invalid JSON from tracked service", lead.id)

    def action_ai_score(self):
        scorer = LeadScorer.from_env(self.env)
        for lead in self:
            score, reason = scorer.score({
                "partner_name": lead.partner_name,
                "contact_name": lead.contact_name,
                "function": lead.function,
                "website": lead.website,
                "description": html2plaintext(lead.description or ""),
                "country": lead.country_id.name,
                "expected_revenue": lead.expected_revenue,
            })
            lead.write({"ai_score": score, "ai_score_reason": reason[:255]})

    def action_ai_score_legacy(self):
        for lead in self:
            lead.ai_score_reason = (legacy_score(lead._ai_lead_text()) or "")[:255]

    def action_ai_next_step(self):
        """Ask Claude for the next best action; posted in the chatter."""
        self.ensure_one()
        claude = registry.get("anthropic")
        msg = claude.messages.create(
            model="claude-sonnet-4-20250514",
            max_tokens=300,
            messages=[{
                "role": "user",
                "content": "Suggest the next best sales action for this lead in 3 bullet points:\n" + self._ai_lead_text(),
            }],
        )
        self.message_post(body=msg.content[0].text, subtype_xmlid="mail.mt_note")

    def action_ai_company_research(self):
        """Public web research on the company (OpenAI web search tool)."""
        key = self.env["ir.config_parameter"].sudo().get_param("ai_base.openai_api_key")
        client = get_openai_client(key)
        for lead in self.filtered("partner_name"):
            response = client.responses.create(
                model="gpt-4o",
                tools=[{"type": "web_search_preview"}],
                input="Research the company '%s' (%s). Give industry, size, recent news, in 5 bullets."
                % (lead.partner_name, lead.website or lead.country_id.name or "unknown"),
            )
            lead.message_post(body=response.output_text, subtype_xmlid="mail.mt_note")

    def _ai_find_duplicates(self, threshold=0.92):
        """Near-duplicate detection on the lead text. Embeddings are cheap, we
        still batch them to keep the number of requests low."""
        from odoo.addons.ai_base.services.clients import embed_texts

        key = self.env["ir.config_parameter"].sudo().get_param("ai_base.openai_api_key")
        leads = self.filtered(lambda l: l.partner_name or l.contact_name)
        if len(leads) < 2:
            return []
        vectors = embed_texts(get_openai_client(key), [l._ai_lead_text() for l in leads])
        pairs = []
        for i, a in enumerate(vectors):
            for j in range(i + 1, len(vectors)):
                b = vectors[j]
                sim = sum(x * y for x, y in zip(a, b))
                if sim >= threshold:
                    pairs.append((leads[i].id, leads[j].id, round(sim, 3)))
        return pairs

    def action_ai_show_duplicates(self):
        pairs = self._ai_find_duplicates()
        if not pairs:
            return {
                "type": "ir.actions.client",
                "tag": "display_notification",
                "params": {"message": _("No likely duplicates found."), "type": "info"},
            }
        ids = sorted({i for a, b, _s in pairs for i in (a, b)})
        return {
            "type": "ir.actions.act_window",
            "name": _("Possible duplicates"),
            "res_model": "crm.lead",
            "view_mode": "tree,form",
            "domain": [("id", "in", ids)],
        }

    @api.model
    def _cron_enrich_new_leads(self, limit=40):
        key = self.env["ir.config_parameter"].sudo().get_param("ai_base.openai_api_key")
        if not key:
            return
        client = get_openai_client(key)
        leads = self.search([("ai_enriched", "=", False), ("type", "=", "lead"), ("active", "=", True)], limit=limit)
        for lead in leads:
            try:
                lead._enrich_one(client)
                self.env.cr.commit()  # pylint: disable=invalid-commit
            except Exception:
                self.env.cr.rollback()
                _logger.exception("Enrichment failed for lead %s", lead.id)
