# -*- coding: utf-8 -*-
import logging

from mistralai import Mistral

from odoo import http
from odoo.http import request

_logger = logging.getLogger(__name__)


class ProductWriterController(http.Controller):

    @http.route("/product_writer/preview", type="json", auth="user")
    def preview(self, product_id, tone="neutral"):
        product = request.env["product.template"].browse(int(product_id)).exists()
        if not product:
            return {"error": "not found"}
        key = request.env["ir.config_parameter"].sudo().get_param("ai_base.mistral_api_key")
        client = Mistral(api_key=key)
        res = client.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "Write a %s two-sentence teaser for:\n%s" % (tone, product._ai_product_text())}],
            max_tokens=120,
        )
        return {"preview": res.choices[0].message.content}

    @http.route("/product_writer/check_text", type="json", auth="user")
    def check_text(self, text):
        """Moderation before publishing user-edited descriptions."""
        key = request.env["ir.config_parameter"].sudo().get_param("ai_base.mistral_api_key")
        with Mistral(api_key=key) as client:
            res = client.classifiers.moderate(model="mistral-moderation-latest", inputs=[text])
        categories = res.results[0].categories
        return {"flagged": [name for name, hit in categories.items() if hit]}

    @http.route("/product_writer/create_tag", type="json", auth="user")
    def create_tag(self, name):
        tag = request.env["product.tag"].create({"name": name})
        return {"id": tag.id}
