# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
from trytond.model import ModelView, fields
from trytond.pool import Pool
from trytond.transaction import Transaction
from trytond.wizard import Button, StateTransition, StateView, Wizard

from . import llm, providers
from .multi_model_service import TaskComplexity, multi_model_service, run_sync
from .prompts import SYSTEM_ERP

TONES = [
    ('neutral', "Neutral"),
    ('technical', "Technical"),
    ('marketing', "Marketing"),
    ]


class GenerateDescriptionStart(ModelView):
    "Generate Product Description"
    __name__ = 'ai.generate_description.start'

    tone = fields.Selection(TONES, "Tone", required=True)
    language = fields.Char("Language", required=True)
    overwrite = fields.Boolean("Overwrite Existing")

    @classmethod
    def default_tone(cls):
        return 'neutral'

    @classmethod
    def default_language(cls):
        Configuration = Pool().get('ai.configuration')
        config = Configuration(1)
        if config.description_language:
            return config.description_language.name
        return 'English'


class GenerateDescription(Wizard):
    "Generate Product Description"
    __name__ = 'ai.generate_description'

    start = StateView('ai.generate_description.start',
        'ai_assist.generate_description_start_view_form', [
            Button("Cancel", 'end', 'tryton-cancel'),
            Button("Generate", 'generate', 'tryton-ok', default=True),
            ])
    generate = StateTransition()

    def transition_generate(self):
        pool = Pool()
        Template = pool.get('product.template')
        provider = providers.get_provider()
        templates = [t for t in self.records
            if self.start.overwrite or not t.ai_description]
        for template in templates:
            template.ai_description = template.ai_generate_description(
                provider, tone=self.start.tone,
                language=self.start.language)
        Template.save(templates)
        return 'end'


class SummarizeParty(Wizard):
    "Summarize Customer History"
    __name__ = 'ai.summarize_party'

    start = StateTransition()

    def transition_start(self):
        Party = Pool().get('party.party')
        Party.ai_summarize(self.records)
        return 'end'


class DraftQuote(Wizard):
    "Draft Quote from Customer E-mail"
    __name__ = 'ai.draft_quote'

    start = StateTransition()

    def transition_start(self):
        pool = Pool()
        Sale = pool.get('sale.sale')
        Line = pool.get('sale.line')
        Product = pool.get('product.product')
        context = Transaction().context
        email_text = context.get('ai_email_text') or ''
        extraction = run_sync(multi_model_service.generate_response(
                prompt=("Extract the requested products and quantities as "
                    "'code;quantity' lines from this e-mail:\n\n"
                    + email_text),
                task_type='quote_extraction',
                complexity=TaskComplexity.AGENTIC,
                system=SYSTEM_ERP))
        for sale in self.records:
            lines = []
            for row in extraction.splitlines():
                if ';' not in row:
                    continue
                code, quantity = row.split(';', 1)
                products = Product.search([('code', '=', code.strip())])
                if not products:
                    continue
                line = Line(sale=sale, product=products[0],
                    quantity=float(quantity), unit=products[0].sale_uom)
                line.on_change_product()
                lines.append(line)
            Line.save(lines)
        Sale.ai_draft_quote(self.records)
        return 'end'

    def _legacy_intro(self, sale):
        "Kept for the old report template, to be removed after 7.2"
        gateway = llm.LLMGateway()
        return gateway.complete(
            "One sentence greeting for %s" % sale.party.rec_name)
