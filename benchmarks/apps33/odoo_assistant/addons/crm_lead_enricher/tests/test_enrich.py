# -*- coding: utf-8 -*-
import json
from types import SimpleNamespace
from unittest import mock

from odoo.tests.common import TransactionCase, tagged

from odoo.addons.crm_lead_enricher.models.lead_scoring import LeadScorer


def _completion(content):
    return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=content))])


@tagged("post_install", "-at_install")
class TestEnrich(TransactionCase):

    def setUp(self):
        super().setUp()
        self.lead = self.env["crm.lead"].create({
            "name": "ERP for bakery",
            "partner_name": "Boulangerie Martin",
            "contact_name": "Paul Martin",
            "type": "lead",
        })

    def test_enrich_one_applies_json(self):
        client = mock.MagicMock()
        client.chat.completions.create.return_value = _completion(json.dumps({
            "industry": "Food", "company_size": "11-50", "country_code": "FR",
            "buying_signals": ["asked for demo"], "summary": "Bakery chain",
        }))
        self.assertTrue(self.lead._enrich_one(client))
        self.assertEqual(self.lead.ai_industry, "Food")
        self.assertEqual(self.lead.country_id.code, "FR")

    def test_enrich_one_bad_json(self):
        client = mock.MagicMock()
        client.chat.completions.create.return_value = _completion("not json")
        self.assertFalse(self.lead._enrich_one(client))

    def test_scorer_generate_is_pure(self):
        text = LeadScorer.generate({"partner_name": "ACME", "website": None})
        self.assertEqual(text, "partner_name: ACME")

    @mock.patch("odoo.addons.crm_lead_enricher.models.lead_scoring.get_azure_client")
    def test_scorer_clamps(self, get_client):
        get_client.return_value.chat.completions.create.return_value = _completion('{"score": 140}')
        scorer = LeadScorer("https://x.openai.azure.com", "k", "dep")
        self.assertEqual(scorer.score({"partner_name": "ACME"})[0], 100)
