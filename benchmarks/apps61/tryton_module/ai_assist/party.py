# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
import datetime as dt
import logging

from trytond.model import ModelView, fields
from trytond.pool import Pool, PoolMeta

from . import llm
from .llm_usage_tracker import llm_tracker
from .multi_model_service import TaskComplexity, multi_model_service, run_sync
from .prompts import PARTY_SUMMARY, SYSTEM_ERP

logger = logging.getLogger(__name__)


class Party(metaclass=PoolMeta):
    __name__ = 'party.party'

    ai_summary = fields.Text("AI Summary", readonly=True)
    ai_summary_date = fields.DateTime("AI Summary Date", readonly=True)

    @classmethod
    def __setup__(cls):
        super().__setup__()
        cls._buttons.update({
                'ai_summarize': {
                    'icon': 'tryton-launch',
                    },
                'ai_summarize_quick': {
                    'icon': 'tryton-launch',
                    },
                })

    def _history_context(self, limit=20):
        pool = Pool()
        Sale = pool.get('sale.sale')
        sales = Sale.search([
                ('party', '=', self.id),
                ('state', 'in', ['confirmed', 'processing', 'done']),
                ], order=[('sale_date', 'DESC')], limit=limit)
        sales_text = '\n'.join(
            '%s %s %s %s' % (s.sale_date, s.number, s.total_amount,
                s.currency.code) for s in sales) or '(none)'
        notes = []
        try:
            Note = pool.get('ir.note')
        except KeyError:
            Note = None
        if Note:
            notes = [n.message for n in Note.search([
                        ('resource', '=', str(self)),
                        ], limit=10)]
        return PARTY_SUMMARY.substitute(
            name=self.rec_name, sales=sales_text,
            notes='\n'.join(notes) or '(none)')

    @classmethod
    @ModelView.button
    def ai_summarize(cls, parties):
        for party in parties:
            prompt = party._history_context()
            party.ai_summary = run_sync(
                multi_model_service.generate_response(
                    prompt=prompt, task_type='party_summary',
                    complexity=TaskComplexity.SIMPLE, system=SYSTEM_ERP))
            party.ai_summary_date = dt.datetime.now()
        cls.save(parties)

    @classmethod
    @ModelView.button
    def ai_summarize_quick(cls, parties):
        "Cheaper Haiku summary, requested by the call-centre team"
        client = llm.get_anthropic_client()
        for party in parties:
            message = client.messages.create(
                model='claude-3-5-haiku-20241022',
                max_tokens=400,
                system=SYSTEM_ERP,
                messages=[{
                        'role': 'user',
                        'content': party._history_context(limit=5),
                        }],
                )
            party.ai_summary = message.content[0].text
            party.ai_summary_date = dt.datetime.now()
        cls.save(parties)

    @classmethod
    def ai_weekly_digest(cls):
        "Cron: refresh the summary of the parties that bought last week"
        pool = Pool()
        Sale = pool.get('sale.sale')
        since = dt.date.today() - dt.timedelta(days=7)
        sales = Sale.search([
                ('sale_date', '>=', since),
                ('state', 'in', ['confirmed', 'processing', 'done']),
                ])
        parties = list({s.party for s in sales})
        if not parties:
            return
        gateway = llm.LLMGateway()
        for party in parties:
            try:
                party.ai_summary = gateway.complete(
                    party._history_context(), system=SYSTEM_ERP)
                party.ai_summary_date = dt.datetime.now()
            except Exception:
                logger.exception("digest failed for party %s", party.id)
        cls.save(parties)

    @classmethod
    def ai_summarize_tracked(cls, parties):
        "Same as the quick summary but tracked, used by the REST route"
        return run_sync(cls._ai_summarize_tracked(parties))

    @classmethod
    async def _ai_summarize_tracked(cls, parties):
        client = llm.get_anthropic_client()
        model = 'claude-3-5-haiku-20241022'
        for party in parties:
            async with llm_tracker.track_llm_call(
                    provider='anthropic', model=model,
                    feature_context='party_summary_route') as usage_log:
                message = client.messages.create(
                    model=model, max_tokens=400, system=SYSTEM_ERP,
                    messages=[{'role': 'user',
                            'content': party._history_context(limit=5)}])
                usage_log.input_tokens = message.usage.input_tokens
                usage_log.output_tokens = message.usage.output_tokens
            party.ai_summary = message.content[0].text
        cls.save(parties)
        return {p.id: p.ai_summary for p in parties}

    @classmethod
    def copy(cls, parties, default=None):
        default = default.copy() if default else {}
        default.setdefault('ai_summary', None)
        default.setdefault('ai_summary_date', None)
        return super().copy(parties, default=default)

    def add_ai_note(self, text):
        Note = Pool().get('ir.note')
        Note.create([{
                    'resource': str(self),
                    'message': text,
                    'copy_to_resources': [],
                    }])
