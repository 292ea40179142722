# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
import json
import logging

import cohere

from trytond.model import ModelView, fields
from trytond.pool import Pool, PoolMeta
from trytond.pyson import Eval

from . import llm
from .llm_usage_tracker import llm_tracker
from .multi_model_service import run_sync
from .prompts import LEAD_CLASSIFICATION

logger = logging.getLogger(__name__)

SEGMENTS = [
    (None, ""),
    ('smb', "Small Business"),
    ('mid', "Mid-Market"),
    ('enterprise', "Enterprise"),
    ]
INTENTS = [
    (None, ""),
    ('low', "Low"),
    ('medium', "Medium"),
    ('high', "High"),
    ]


def _parse(text):
    text = (text or '').strip()
    start, end = text.find('{'), text.rfind('}')
    if start < 0 or end < 0:
        raise ValueError("no JSON object in %r" % text[:80])
    data = json.loads(text[start:end + 1])
    if data.get('segment') not in dict(SEGMENTS):
        data['segment'] = None
    if data.get('intent') not in dict(INTENTS):
        data['intent'] = None
    return data


class Opportunity(metaclass=PoolMeta):
    __name__ = 'sale.opportunity'

    ai_segment = fields.Selection(SEGMENTS, "AI Segment", readonly=True)
    ai_intent = fields.Selection(INTENTS, "AI Intent", readonly=True)
    ai_reason = fields.Char("AI Reason", readonly=True)
    ai_classified = fields.Boolean("AI Classified", readonly=True)

    @classmethod
    def __setup__(cls):
        super().__setup__()
        cls._buttons.update({
                'ai_classify': {
                    'invisible': Eval('state').in_(['converted', 'lost']),
                    'depends': ['state'],
                    },
                })

    @classmethod
    def default_ai_classified(cls):
        return False

    def _lead_prompt(self):
        return LEAD_CLASSIFICATION.substitute(
            description=self.description or '',
            company=self.party.rec_name if self.party else '-',
            amount=self.amount or 0)

    def _apply(self, data):
        self.ai_segment = data.get('segment')
        self.ai_intent = data.get('intent')
        self.ai_reason = (data.get('reason') or '')[:250]
        self.ai_classified = True

    @classmethod
    @ModelView.button
    def ai_classify(cls, opportunities):
        "Interactive button: watsonx granite, configured model"
        model = llm.get_watsonx_model()
        for opportunity in opportunities:
            result = model.chat(messages=[
                    {'role': 'system',
                        'content': "You classify B2B sales leads."},
                    {'role': 'user', 'content': opportunity._lead_prompt()},
                    ])
            opportunity._apply(
                _parse(result['choices'][0]['message']['content']))
        cls.save(opportunities)

    @classmethod
    def ai_classify_pending(cls):
        "Cron: classify the leads nobody looked at yet"
        opportunities = cls.search([
                ('ai_classified', '=', False),
                ('state', 'in', ['lead', 'opportunity']),
                ], limit=100)
        if opportunities:
            run_sync(cls._classify_tracked(opportunities))

    @classmethod
    async def _classify_tracked(cls, opportunities):
        model = llm.get_watsonx_model()
        for opportunity in opportunities:
            try:
                async with llm_tracker.track_llm_call(
                        provider='watsonx', model=model.model_id,
                        feature_context='lead_classification') as usage_log:
                    result = await model.achat(messages=[
                            {'role': 'user',
                                'content': opportunity._lead_prompt()}])
                    usage = result.get('usage', {})
                    usage_log.input_tokens = usage.get('prompt_tokens', 0)
                    usage_log.output_tokens = usage.get(
                        'completion_tokens', 0)
                opportunity._apply(
                    _parse(result['choices'][0]['message']['content']))
            except ValueError:
                logger.warning("unparsable answer for lead %s",
                    opportunity.id)
        cls.save(opportunities)

    @classmethod
    def ai_second_opinion(cls, opportunities):
        """Ask Cohere when watsonx says "enterprise" (sales ops request).

        Written before the provider registry existed.
        """
        Configuration = Pool().get('ai.configuration')
        config = Configuration(1)
        co = cohere.ClientV2(api_key=config.cohere_api_key)
        disagreements = []
        for opportunity in opportunities:
            if opportunity.ai_segment != 'enterprise':
                continue
            response = co.chat(
                model='command-r-08-2024',
                messages=[{'role': 'user',
                        'content': opportunity._lead_prompt()}],
                response_format={'type': 'json_object'},
                )
            data = _parse(response.message.content[0].text)
            if data['segment'] != opportunity.ai_segment:
                disagreements.append((opportunity, data))
        return disagreements

    @classmethod
    def create(cls, vlist):
        vlist = [v.copy() for v in vlist]
        for values in vlist:
            values['ai_classified'] = False
        return super().create(vlist)
