# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
from unittest.mock import patch

from trytond.modules.company.tests import CompanyTestMixin
from trytond.pool import Pool
from trytond.tests.test_tryton import ModuleTestCase, with_transaction

from .fakes import FakeAnthropic, FakeProvider, FakeWatsonx


class AIAssistTestCase(CompanyTestMixin, ModuleTestCase):
    "Test AI Assist module"
    module = 'ai_assist'
    extras = ['sale_opportunity']

    @with_transaction()
    def test_configuration_defaults(self):
        pool = Pool()
        Configuration = pool.get('ai.configuration')
        config = Configuration(1)
        self.assertEqual(config.provider, 'openai')
        self.assertEqual(config.model_for('cohere'), 'command-r-plus-08-2024')

    @with_transaction()
    def test_generate_description_uses_provider(self):
        pool = Pool()
        Template = pool.get('product.template')
        Uom = pool.get('product.uom')
        unit, = Uom.search([('name', '=', 'Unit')])
        template, = Template.create([{
                    'name': 'Steel bolt M8',
                    'default_uom': unit.id,
                    }])
        provider = FakeProvider("A sturdy bolt.")
        text = template.ai_generate_description(provider, tone='technical')
        self.assertEqual(text, "A sturdy bolt.")
        self.assertIn('Steel bolt M8', provider.prompts[0])

    @with_transaction()
    def test_quick_summary(self):
        pool = Pool()
        Party = pool.get('party.party')
        party, = Party.create([{'name': 'ACME'}])
        with patch('trytond.modules.ai_assist.llm.get_anthropic_client',
                return_value=FakeAnthropic("- buys bolts")):
            Party.ai_summarize_quick([party])
        self.assertEqual(party.ai_summary, "- buys bolts")

    @with_transaction()
    def test_classify_lead(self):
        pool = Pool()
        Opportunity = pool.get('sale.opportunity')
        fake = FakeWatsonx(
            '{"segment": "mid", "intent": "high", "reason": "big order"}')
        with patch('trytond.modules.ai_assist.llm.get_watsonx_model',
                return_value=fake):
            opportunity = Opportunity(description="200 pallets")
            opportunity.party = None
            opportunity.amount = 1000
            data = fake.chat(messages=[])
        self.assertEqual(data['usage']['prompt_tokens'], 3)
        self.assertTrue(Opportunity.default_ai_classified() is False)


del ModuleTestCase
