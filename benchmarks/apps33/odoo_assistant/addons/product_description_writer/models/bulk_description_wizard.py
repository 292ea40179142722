# -*- coding: utf-8 -*-
import asyncio
import logging

from odoo import _, fields, models

from odoo.addons.ai_base.services import (
    get_async_anthropic_client,
    multi_model_service,
    prompts,
    run_sync,
    TaskComplexity,
)

_logger = logging.getLogger(__name__)


class BulkDescriptionWizard(models.TransientModel):
    _name = "product.bulk.description.wizard"
    _description = "Generate descriptions for many products"

    product_ids = fields.Many2many("product.template")
    engine = fields.Selection(
        [("tracked", "Standard (tracked)"), ("claude_fast", "Claude batch (fast)")],
        default="tracked",
        required=True,
    )
    concurrency = fields.Integer(default=5)
    log = fields.Text(readonly=True)

    def _prompt(self, product):
        return prompts.render(
            prompts.PRODUCT_DESCRIPTION,
            tone=product.ai_description_tone or "neutral",
            lang="English",
            max_words=120,
            product=product._ai_product_text(),
        )

    async def _run_tracked(self, items):
        multi_model_service.configure_from_env(self.env)
        out = {}
        for pid, prompt in items:
            out[pid] = await multi_model_service.generate_response(
                prompt=prompt,
                task_type="product_description",
                complexity=TaskComplexity.SIMPLE,
                res_model="product.template",
                res_id=pid,
            )
        return out

    async def _run_claude(self, items, api_key):
        client = get_async_anthropic_client(api_key)
        sem = asyncio.Semaphore(self.concurrency or 5)

        async def one(pid, prompt):
            async with sem:
                msg = await client.messages.create(
                    model="claude-3-5-haiku-latest",
                    max_tokens=500,
                    messages=[{"role": "user", "content": prompt}],
                )
                return pid, msg.content[0].text

        pairs = await asyncio.gather(*(one(pid, prompt) for pid, prompt in items))
        return dict(pairs)

    def action_generate(self):
        self.ensure_one()
        items = [(p.id, self._prompt(p)) for p in self.product_ids]
        if self.engine == "tracked":
            results = run_sync(self._run_tracked(items))
        else:
            key = self.env["ir.config_parameter"].sudo().get_param("ai_base.anthropic_api_key")
            results = run_sync(self._run_claude(items, key))
        Product = self.env["product.template"]
        for pid, text in results.items():
            Product.browse(pid).write({"website_description": "<p>%s</p>" % text, "ai_generated_on": fields.Datetime.now()})
        self.log = _("%s descriptions generated", len(results))
        return {"type": "ir.actions.act_window_close"}
