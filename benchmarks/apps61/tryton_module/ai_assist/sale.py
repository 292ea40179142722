# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
import logging

from trytond.i18n import gettext
from trytond.model import ModelView, fields
from trytond.pool import Pool, PoolMeta
from trytond.pyson import Eval

from . import agent, llm, providers
from .exceptions import AIProviderError
from .moderation import check_text
from .prompts import FOLLOWUP, QUOTE_DRAFT, SYSTEM_ERP, format_lines

logger = logging.getLogger(__name__)


class Sale(metaclass=PoolMeta):
    __name__ = 'sale.sale'

    ai_cover_letter = fields.Text("AI Cover Letter",
        states={'readonly': Eval('state') != 'draft'})
    ai_followup = fields.Text("AI Follow-up", readonly=True)

    @classmethod
    def __setup__(cls):
        super().__setup__()
        cls._buttons.update({
                'ai_draft_quote': {
                    'invisible': ~Eval('state').in_(['draft', 'quotation']),
                    'depends': ['state'],
                    },
                'ai_followup_email': {
                    'invisible': Eval('state') != 'quotation',
                    'depends': ['state'],
                    },
                'ai_translate_letter': {
                    'invisible': ~Eval('ai_cover_letter'),
                    'depends': ['ai_cover_letter'],
                    },
                })

    def _quote_prompt(self):
        return QUOTE_DRAFT.substitute(
            number=self.number or self.reference or '(draft)',
            party=self.party.rec_name,
            lines=format_lines(self.lines),
            total=self.total_amount,
            currency=self.currency.code,
            payment_term=(self.payment_term.rec_name
                if self.payment_term else '-'))

    @classmethod
    @ModelView.button
    def ai_draft_quote(cls, sales):
        pool = Pool()
        Configuration = pool.get('ai.configuration')
        config = Configuration(1)
        provider = providers.get_provider(config.provider)
        for sale in sales:
            completion = provider.generate(
                sale._quote_prompt(), system=SYSTEM_ERP,
                max_tokens=config.max_tokens or 600,
                temperature=config.temperature or 0.3)
            sale.ai_cover_letter = completion.text
        cls.save(sales)

    @classmethod
    @ModelView.button
    def ai_followup_email(cls, sales):
        client = providers.openai_client()
        for sale in sales:
            prompt = FOLLOWUP.substitute(
                number=sale.number, date=sale.quotation_date or sale.sale_date,
                party=sale.party.rec_name)
            response = client.chat.completions.create(
                model='gpt-4o-mini',
                messages=[
                    {'role': 'system', 'content': SYSTEM_ERP},
                    {'role': 'user', 'content': prompt},
                    ],
                temperature=0.5,
                )
            text = response.choices[0].message.content
            check_text(text)
            sale.ai_followup = text
        cls.save(sales)

    @classmethod
    @ModelView.button
    def ai_translate_letter(cls, sales):
        for sale in sales:
            lang = sale.party.lang.name if sale.party.lang else 'English'
            result = llm.get_genai_client().models.generate_content(
                model='gemini-2.0-flash',
                contents="Translate to %s, keep the formatting:\n\n%s" % (
                    lang, sale.ai_cover_letter))
            if not result.text:
                raise AIProviderError(gettext('ai_assist.msg_empty_answer'))
            sale.ai_cover_letter = result.text
        cls.save(sales)

    @classmethod
    def create(cls, vlist):
        # not an LLM call: standard ModelSQL.create override
        vlist = [v.copy() for v in vlist]
        for values in vlist:
            values.setdefault('ai_cover_letter', None)
        return super().create(vlist)

    @classmethod
    def copy(cls, sales, default=None):
        default = default.copy() if default else {}
        default.setdefault('ai_cover_letter', None)
        default.setdefault('ai_followup', None)
        return super().copy(sales, default=default)

    def ai_upsell_suggestions(self, top_n=3):
        "Suggest catalogue products related to the sale lines"
        pool = Pool()
        Template = pool.get('product.template')
        candidates = Template.search([('salable', '=', True)], limit=200)
        if not candidates:
            return []
        query = ', '.join(l.product.name for l in self.lines
            if l.type == 'line' and l.product)
        co = providers.cohere_client()
        ranked = co.rerank(
            model='rerank-v3.5',
            query="Products often bought with: %s" % query,
            documents=[t.ai_search_text() for t in candidates],
            top_n=top_n)
        return [candidates[r.index] for r in ranked.results]

    def ai_agent_lines(self, request_text):
        "Experimental: let the quote agent propose lines (ai_agent context)"
        quote_agent = agent.build_agent(self.party)
        answer = quote_agent.run(request_text)
        return answer, quote_agent.proposed
