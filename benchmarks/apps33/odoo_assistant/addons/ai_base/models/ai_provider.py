# -*- coding: utf-8 -*-
import logging

from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..services import clients, multi_model_service, run_sync, TaskComplexity

_logger = logging.getLogger(__name__)


class AiProvider(models.Model):
    _name = "ai.provider"
    _description = "AI Provider"
    _order = "sequence, id"

    name = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    provider = fields.Selection(
        [
            ("openai", "OpenAI"),
            ("azure", "Azure OpenAI"),
            ("anthropic", "Anthropic"),
            ("mistral", "Mistral"),
            ("google", "Google Gemini"),
        ],
        required=True,
        default="openai",
    )
    model_name = fields.Char(required=True, default="gpt-4o-mini")
    api_key = fields.Char(groups="base.group_system")
    endpoint = fields.Char(help="Azure endpoint or custom base URL")
    company_id = fields.Many2one("res.company", default=lambda self: self.env.company)
    temperature = fields.Float(default=0.2)
    max_tokens = fields.Integer(default=800)
    last_check = fields.Datetime(readonly=True)
    last_check_ok = fields.Boolean(readonly=True)

    @api.model
    def _get_default(self, purpose=None):
        domain = [("company_id", "in", [False, self.env.company.id])]
        if purpose:
            param = self.env["ir.config_parameter"].sudo().get_param("ai_base.provider_for_%s" % purpose)
            if param:
                domain.append(("provider", "=", param))
        provider = self.sudo().search(domain, limit=1)
        if not provider:
            raise UserError(_("No AI provider is configured. Go to Settings > AI."))
        return provider

    def _get_client(self):
        self.ensure_one()
        rec = self.sudo()
        if rec.provider == "openai":
            return clients.get_openai_client(rec.api_key, base_url=rec.endpoint or None)
        if rec.provider == "azure":
            return clients.get_azure_client(rec.endpoint, rec.api_key)
        if rec.provider == "anthropic":
            return clients.get_anthropic_client(rec.api_key)
        if rec.provider == "mistral":
            return clients.get_mistral_client(rec.api_key)
        if rec.provider == "google":
            return clients.get_genai_client(rec.api_key)
        raise UserError(_("Unsupported provider %s", rec.provider))

    def _chat(self, messages, system=None, **kwargs):
        """Provider-agnostic chat helper. Returns (text, usage_dict)."""
        self.ensure_one()
        client = self._get_client()
        temperature = kwargs.get("temperature", self.temperature)
        max_tokens = kwargs.get("max_tokens", self.max_tokens)
        if self.provider in ("openai", "azure"):
            msgs = ([{"role": "system", "content": system}] if system else []) + messages
            resp = client.chat.completions.create(
                model=self.model_name,
                messages=msgs,
                temperature=temperature,
                max_tokens=max_tokens,
            )
            usage = {"input": resp.usage.prompt_tokens, "output": resp.usage.completion_tokens}
            return resp.choices[0].message.content, usage
        if self.provider == "anthropic":
            resp = client.messages.create(
                model=self.model_name,
                system=system or "",
                messages=messages,
                temperature=temperature,
                max_tokens=max_tokens,
            )
            usage = {"input": resp.usage.input_tokens, "output": resp.usage.output_tokens}
            return resp.content[0].text, usage
        if self.provider == "mistral":
            msgs = ([{"role": "system", "content": system}] if system else []) + messages
            resp = client.chat.complete(
                model=self.model_name,
                messages=msgs,
                temperature=temperature,
                max_tokens=max_tokens,
            )
            usage = {"input": resp.usage.prompt_tokens, "output": resp.usage.completion_tokens}
            return resp.choices[0].message.content, usage
        # google
        contents = "\n\n".join(m["content"] for m in messages)
        resp = client.models.generate_content(
            model=self.model_name,
            contents=contents,
            config={"system_instruction": system, "temperature": temperature, "max_output_tokens": max_tokens},
        )
        meta = resp.usage_metadata
        return resp.text, {"input": meta.prompt_token_count, "output": meta.candidates_token_count}

    def action_test_connection(self):
        for rec in self:
            ok = True
            try:
                client = rec._get_client()
                if rec.provider in ("openai", "azure", "anthropic"):
                    client.models.list()
                elif rec.provider == "mistral":
                    client.models.list()
                else:
                    list(client.models.list(config={"page_size": 1}))
            except Exception:
                _logger.exception("AI provider %s connection test failed", rec.name)
                ok = False
            rec.write({"last_check": fields.Datetime.now(), "last_check_ok": ok})
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": _("Connection test"),
                "message": _("Done, see the 'Last check' column."),
                "sticky": False,
            },
        }


class AiMixin(models.AbstractModel):
    """Inherit this to get ``_ai_generate`` on any model."""

    _name = "ai.mixin"
    _description = "AI helpers"

    @api.model
    def _ai_service(self):
        multi_model_service.configure_from_env(self.env)
        return multi_model_service

    def _ai_generate(self, prompt, task_type, complexity=TaskComplexity.SIMPLE, system=None, **kw):
        service = self._ai_service()
        res_id = self.id if len(self) == 1 else None
        return run_sync(
            service.generate_response(
                prompt=prompt,
                task_type=task_type,
                complexity=complexity,
                system=system,
                res_model=self._name,
                res_id=res_id,
                **kw
            )
        )

    def _ai_chat_legacy(self, messages, system=None, purpose=None):
        """Old helper kept for the 16.0 -> 17.0 migrated modules. Untracked!"""
        provider = self.env["ai.provider"]._get_default(purpose)
        text, usage = provider._chat(messages, system=system)
        _logger.debug("legacy chat used %s tokens", usage)
        return text
