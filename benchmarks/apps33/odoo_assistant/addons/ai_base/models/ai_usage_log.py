# -*- coding: utf-8 -*-
from odoo import api, fields, models

from ..services.llm_usage_tracker import llm_tracker

# USD per 1M tokens (input, output). Updated 2025-03, see PRICING.md in the wiki.
PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "mistral-small-latest": (0.10, 0.30),
    "gemini-2.0-flash": (0.10, 0.40),
}


def calculate_cost(model, input_tokens, output_tokens):
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


class AiUsageLog(models.Model):
    _name = "ai.usage.log"
    _description = "AI Usage Log"
    _order = "create_date desc"
    _log_access = True

    provider = fields.Char(required=True, index=True)
    model_name = fields.Char(index=True)
    feature_context = fields.Char(index=True)
    res_model = fields.Char()
    res_id = fields.Many2oneReference(model_field="res_model")
    input_tokens = fields.Integer()
    output_tokens = fields.Integer()
    duration_ms = fields.Integer()
    success = fields.Boolean(default=True)
    error_message = fields.Text()
    cost = fields.Float(compute="_compute_cost", store=True, digits=(16, 6))

    @api.depends("model_name", "input_tokens", "output_tokens")
    def _compute_cost(self):
        for log in self:
            log.cost = calculate_cost(log.model_name, log.input_tokens, log.output_tokens)

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            vals.setdefault("provider", "unknown")
        return super().create(vals_list)

    @api.model
    def _cron_flush_tracker(self):
        return llm_tracker.flush_to(self.env)

    @api.model
    def _cron_gc(self, days=180):
        limit = fields.Datetime.subtract(fields.Datetime.now(), days=days)
        self.search([("create_date", "<", limit)]).unlink()

    @api.model
    def _month_to_date_cost(self, company=None):
        start = fields.Date.today().replace(day=1)
        domain = [("create_date", ">=", start)]
        groups = self.read_group(domain, ["cost:sum"], [])
        return groups[0]["cost"] if groups and groups[0].get("cost") else 0.0

    @api.model
    def _usage_by_feature(self, days=30):
        since = fields.Datetime.subtract(fields.Datetime.now(), days=days)
        groups = self.read_group(
            [("create_date", ">=", since)],
            ["feature_context", "input_tokens:sum", "output_tokens:sum", "cost:sum"],
            ["feature_context"],
            orderby="cost desc",
        )
        return [
            {
                "feature": g["feature_context"] or "unknown",
                "input_tokens": g["input_tokens"],
                "output_tokens": g["output_tokens"],
                "cost": round(g["cost"] or 0.0, 4),
            }
            for g in groups
        ]

    @api.model
    def _cron_check_budget(self):
        icp = self.env["ir.config_parameter"].sudo()
        budget = float(icp.get_param("ai_base.monthly_budget", 0) or 0)
        if not budget:
            return
        spent = self._month_to_date_cost()
        if spent < budget * 0.8:
            return
        admins = self.env.ref("base.group_system").users
        for user in admins:
            self.env["mail.activity"].sudo().create({
                "res_model_id": self.env["ir.model"]._get_id("res.users"),
                "res_id": user.id,
                "user_id": user.id,
                "activity_type_id": self.env.ref("mail.mail_activity_data_todo").id,
                "summary": "AI budget %.0f%% used (%.2f / %.2f USD)" % (spent / budget * 100, spent, budget),
            })
