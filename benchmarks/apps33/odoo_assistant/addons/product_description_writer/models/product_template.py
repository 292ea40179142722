# -*- coding: utf-8 -*-
import base64
import functools
import logging

from google.genai import types

from odoo import _, api, fields, models
from odoo.exceptions import UserError

from odoo.addons.ai_base.services import get_genai_client, get_mistral_client, prompts, registry

_logger = logging.getLogger(__name__)

GEMINI_MODEL = "gemini-2.0-flash"


class ProductTemplate(models.Model):
    _inherit = "product.template"

    ai_description_tone = fields.Selection(
        [("neutral", "Neutral"), ("playful", "Playful"), ("premium", "Premium")], default="neutral"
    )
    ai_seo_keywords = fields.Char(string="SEO keywords")
    ai_generated_on = fields.Datetime(readonly=True)
    ai_embedding = fields.Json(readonly=True, copy=False)

    def _ai_product_text(self):
        self.ensure_one()
        attrs = ", ".join(
            "%s: %s" % (line.attribute_id.name, ", ".join(line.value_ids.mapped("name")))
            for line in self.attribute_line_ids
        )
        return "\n".join(filter(None, [
            "Name: %s" % self.name,
            "Category: %s" % self.categ_id.complete_name,
            "Attributes: %s" % attrs if attrs else None,
            "Internal notes: %s" % (self.description or ""),
        ]))

    def _genai(self):
        icp = self.env["ir.config_parameter"].sudo()
        return get_genai_client(icp.get_param("ai_base.google_api_key"), icp.get_param("ai_base.google_project"))

    def action_generate_description(self):
        client = self._genai()
        for product in self:
            lang = product.env.context.get("lang") or "en_US"
            response = client.models.generate_content(
                model=GEMINI_MODEL,
                contents=prompts.render(
                    prompts.PRODUCT_DESCRIPTION,
                    tone=product.ai_description_tone,
                    lang=lang,
                    max_words=150,
                    product=product._ai_product_text(),
                ),
                config=types.GenerateContentConfig(temperature=0.7, max_output_tokens=400),
            )
            product.write({
                "website_description": "<p>%s</p>" % (response.text or "").replace("\n\n", "</p><p>"),
                "ai_generated_on": fields.Datetime.now(),
            })
        return True

    def _generate_seo_keywords(self):
        self.ensure_one()
        client = get_mistral_client(self.env["ir.config_parameter"].sudo().get_param("ai_base.mistral_api_key"))
        parts = []
        stream = client.chat.stream(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": prompts.render(prompts.SEO_KEYWORDS, lang="English", product=self.name)}],
        )
        for event in stream:
            delta = event.data.choices[0].delta.content
            if delta:
                parts.append(delta)
        return "".join(parts).strip()

    def action_generate_seo(self):
        for product in self:
            product.ai_seo_keywords = product._generate_seo_keywords()[:255]

    def action_generate_image(self):
        self.ensure_one()
        if self.image_1920:
            raise UserError(_("This product already has an image."))
        client = registry.get("openai")
        result = client.images.generate(
            model="gpt-image-1",
            prompt="Studio packshot of %s on a white background, soft shadows" % self.name,
            size="1024x1024",
            n=1,
        )
        self.image_1920 = result.data[0].b64_json

    def action_compute_embedding(self):
        client = self._genai()
        texts = [p._ai_product_text() for p in self]
        result = client.models.embed_content(model="text-embedding-004", contents=texts)
        for product, emb in zip(self, result.embeddings):
            product.ai_embedding = emb.values

    def action_translate_descriptions(self):
        """Translate website_description into every active language with GPT."""
        client = registry.get("openai")
        translate = functools.partial(client.chat.completions.create, model="gpt-4o-mini", temperature=0)
        langs = self.env["res.lang"].search([("active", "=", True), ("code", "!=", "en_US")])
        for product in self:
            source = product.with_context(lang="en_US").website_description
            if not source:
                continue
            for lang in langs:
                reply = translate(messages=[
                    {"role": "system", "content": "Translate the HTML to %s. Keep tags untouched." % lang.name},
                    {"role": "user", "content": source},
                ])
                product.with_context(lang=lang.code).website_description = reply.choices[0].message.content

    def action_generate_alt_text(self):
        """Accessibility: alt text for the main product image (Claude vision)."""
        claude = registry.get("anthropic")
        for product in self.filtered("image_1920"):
            image_b64 = product.image_1024.decode() if isinstance(product.image_1024, bytes) else product.image_1024
            msg = claude.messages.create(
                model="claude-3-5-haiku-latest",
                max_tokens=120,
                messages=[{
                    "role": "user",
                    "content": [
                        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": image_b64}},
                        {"type": "text", "text": "Write a concise alt text (max 20 words) for this product photo."},
                    ],
                }],
            )
            product.with_context(lang="en_US").website_meta_description = msg.content[0].text[:160]

    @api.model
    def _cron_describe_new_products(self, limit=20):
        products = self.search([("website_published", "=", True), ("ai_generated_on", "=", False)], limit=limit)
        products.action_generate_description()
