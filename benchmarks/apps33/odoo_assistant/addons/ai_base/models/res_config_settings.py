# -*- coding: utf-8 -*-
from odoo import _, fields, models
from odoo.exceptions import UserError

from ..services import clients


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    ai_default_provider = fields.Selection(
        [("openai", "OpenAI"), ("azure", "Azure OpenAI"), ("anthropic", "Anthropic"),
         ("mistral", "Mistral"), ("google", "Google Gemini")],
        config_parameter="ai_base.default_provider",
        default="openai",
    )
    ai_openai_api_key = fields.Char(config_parameter="ai_base.openai_api_key")
    ai_openai_organization = fields.Char(config_parameter="ai_base.openai_organization")
    ai_openai_model = fields.Char(config_parameter="ai_base.openai_model", default="gpt-4o-mini")
    ai_azure_endpoint = fields.Char(config_parameter="ai_base.azure_endpoint")
    ai_azure_api_key = fields.Char(config_parameter="ai_base.azure_api_key")
    ai_azure_deployment = fields.Char(config_parameter="ai_base.azure_deployment")
    ai_anthropic_api_key = fields.Char(config_parameter="ai_base.anthropic_api_key")
    ai_mistral_api_key = fields.Char(config_parameter="ai_base.mistral_api_key")
    ai_google_api_key = fields.Char(config_parameter="ai_base.google_api_key")
    ai_google_project = fields.Char(config_parameter="ai_base.google_project")
    ai_monthly_budget = fields.Float(config_parameter="ai_base.monthly_budget", default=200.0)

    ai_month_cost = fields.Float(compute="_compute_ai_month_cost", string="Spent this month (USD)")
    ai_usage_log_count = fields.Integer(compute="_compute_ai_month_cost")

    def _compute_ai_month_cost(self):
        Log = self.env["ai.usage.log"].sudo()
        cost = Log._month_to_date_cost()
        count = Log.search_count([("create_date", ">=", fields.Date.today().replace(day=1))])
        for rec in self:
            rec.ai_month_cost = cost
            rec.ai_usage_log_count = count

    def action_open_ai_usage_logs(self):
        return {
            "type": "ir.actions.act_window",
            "name": _("AI Usage Logs"),
            "res_model": "ai.usage.log",
            "view_mode": "tree,pivot,graph",
            "context": {"search_default_group_by_feature": 1},
        }

    def set_values(self):
        super().set_values()
        clients.reset_client_cache()

    def action_ai_check_keys(self):
        self.ensure_one()
        messages = []
        if self.ai_openai_api_key:
            client = clients.get_openai_client(self.ai_openai_api_key, self.ai_openai_organization)
            models_ = clients.list_openai_models(client)
            messages.append(_("OpenAI: %s models available", len(models_)))
        if self.ai_google_api_key:
            gclient = clients.get_genai_client(self.ai_google_api_key)
            count = gclient.models.count_tokens(model="gemini-2.0-flash", contents="ping")
            messages.append(_("Gemini: key OK (%s tokens)", count.total_tokens))
        if self.ai_anthropic_api_key:
            aclient = clients.get_anthropic_client(self.ai_anthropic_api_key)
            first = aclient.models.list(limit=1)
            messages.append(_("Anthropic: key OK (%s)", first.data[0].id if first.data else "-"))
        if not messages:
            raise UserError(_("No API key configured."))
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {"title": _("AI keys"), "message": "\n".join(messages), "sticky": True},
        }
