import asyncio
import logging

import litellm
import pandas as pd

from mage_pipeline.utils import get_anthropic_client, get_cohere_client, get_openai_client
from mage_pipeline.utils.enricher import TicketEnricher
from mage_pipeline.utils.prompts import build_reply_prompt
from mage_pipeline.utils.services import llm_tracker

if 'transformer' not in globals():
    from mage_ai.data_preparation.decorators import transformer
if 'test' not in globals():
    from mage_ai.data_preparation.decorators import test

logger = logging.getLogger(__name__)

NO_DRAFT_CATEGORIES = {'account_cancellation'}


async def _draft_tracked(prompt: str, model: str) -> str:
    async with llm_tracker.track_llm_call(
        provider='anthropic', model=model, feature_context='ticket_draft_reply'
    ) as usage_log:
        response = await litellm.acompletion(
            model=f'anthropic/{model}',
            messages=[{'role': 'user', 'content': prompt}],
            max_tokens=600,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response.choices[0].message.content


async def _polish(text: str) -> str:
    # tone pass -- added during the Q3 CSAT push, never wired to the tracker
    resp = await litellm.acompletion(
        model='gpt-4o-mini',
        messages=[
            {'role': 'system', 'content': 'Rewrite to sound warm but professional. Keep length.'},
            {'role': 'user', 'content': text},
        ],
    )
    return resp.choices[0].message.content


@transformer
def transform(df: pd.DataFrame, *args, **kwargs) -> pd.DataFrame:
    use_tracker = kwargs.get('use_llm_tracker', True)
    model = kwargs.get('reply_model', 'claude-3-5-sonnet-20241022')
    enricher = TicketEnricher(get_openai_client(), get_anthropic_client(), get_cohere_client())

    drafts = []
    for row in df.itertuples(index=False):
        if row.moderation_flagged or row.category in NO_DRAFT_CATEGORIES:
            drafts.append(None)
            continue
        articles = list(row.kb_articles or [])
        if use_tracker:
            prompt = build_reply_prompt(row.category, row.summary, articles)
            draft = asyncio.run(_draft_tracked(prompt, model))
        else:
            draft = enricher.draft_reply(row.category, row.summary, articles)
        if kwargs.get('polish_drafts'):
            draft = asyncio.run(_polish(draft))
        drafts.append(draft)

    df = df.copy()
    df['draft_reply'] = drafts
    return df


@test
def test_no_refund_promises(output, *args) -> None:
    for d in output['draft_reply'].dropna():
        assert 'refund' not in d.lower() or 'cannot' in d.lower()
