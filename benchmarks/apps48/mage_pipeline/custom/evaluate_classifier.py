"""Weekly eval: LLM-as-judge agreement between the classifier and a
stronger model, on a sample of the current run."""
import random

import anthropic
import pandas as pd

from mage_ai.data_preparation.shared.secrets import get_secret_value
from mage_pipeline.utils import legacy_openai
from mage_pipeline.utils.clients import openai_client
from mage_pipeline.utils.prompts import CATEGORY_LABELS, coerce_category

if 'custom' not in globals():
    from mage_ai.data_preparation.decorators import custom
if 'test' not in globals():
    from mage_ai.data_preparation.decorators import test

JUDGE_PROMPT = """A ticket was labelled "{label}". Allowed labels: {labels}.
Is the label correct? Answer with the correct label only.

Subject: {subject}
Body: {body}"""


@custom
def evaluate(df: pd.DataFrame, *args, **kwargs):
    sample_size = int(kwargs.get('eval_sample_size', 50))
    rows = df.sample(n=min(sample_size, len(df)), random_state=kwargs.get('seed', 7))
    judge = anthropic.Anthropic(api_key=get_secret_value('anthropic_api_key'))
    second_opinion = kwargs.get('second_opinion', False)

    results = []
    for row in rows.itertuples(index=False):
        prompt = JUDGE_PROMPT.format(
            label=row.category, labels=', '.join(CATEGORY_LABELS),
            subject=row.subject, body=row.body[:3000],
        )
        msg = judge.messages.create(
            model='claude-3-opus-20240229',
            max_tokens=10,
            messages=[{'role': 'user', 'content': prompt}],
        )
        judged = coerce_category(msg.content[0].text)
        legacy = None
        if second_opinion:
            legacy = coerce_category(legacy_openai.chat(
                [{'role': 'user', 'content': prompt}], model='gpt-4o', temperature=0,
            ))
        gpt_judged = None
        if kwargs.get('gpt_judge'):
            gpt = openai_client.chat.completions.create(
                model='gpt-4o',
                messages=[{'role': 'user', 'content': prompt}],
                max_tokens=10,
                temperature=0,
            )
            gpt_judged = coerce_category(gpt.choices[0].message.content)
        results.append({'ticket_id': row.ticket_id, 'predicted': row.category,
                        'judged': judged, 'legacy_judged': legacy, 'gpt_judged': gpt_judged})

    res = pd.DataFrame(results)
    agreement = float((res['predicted'] == res['judged']).mean()) if len(res) else float('nan')
    print(f'classifier/judge agreement: {agreement:.2%} on {len(res)} tickets')
    return {'agreement': agreement, 'details': res.to_dict('records'), 'sampled_at': random.random()}


@test
def test_agreement_threshold(output, *args) -> None:
    assert output['agreement'] != output['agreement'] or output['agreement'] > 0.7
