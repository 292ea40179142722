from concurrent.futures import ThreadPoolExecutor

import pandas as pd

from mage_pipeline.utils import get_cohere_client, get_openai_client
from mage_pipeline.utils.llm import classify_ticket, classify_with_cohere
from mage_pipeline.utils.schemas import EnrichmentRun
from mage_pipeline.utils.prompts import build_classification_messages, coerce_category

if 'transformer' not in globals():
    from mage_ai.data_preparation.decorators import transformer
if 'test' not in globals():
    from mage_ai.data_preparation.decorators import test

CONFIDENCE_FLOOR = 0.55


def _escalate(client, row) -> str:
    """Second opinion with the bigger model for low-confidence results."""
    resp = client.chat.completions.create(
        model='gpt-4o',
        messages=build_classification_messages(row['subject'], row['thread']),
        response_format={'type': 'json_object'},
        temperature=0,
    )
    import json
    return coerce_category(json.loads(resp.choices[0].message.content).get('category'))


@transformer
def transform(df: pd.DataFrame, *args, **kwargs) -> pd.DataFrame:
    client = get_openai_client()
    model = kwargs.get('classification_model', 'gpt-4o-mini')
    workers = int(kwargs.get('classification_workers', 8))

    run = EnrichmentRun.create('ticket_enrichment')
    if kwargs.get('classifier_fallback') == 'cohere':
        co = get_cohere_client()
        results = [classify_with_cohere(co, r.subject, r.body) for r in df.itertuples(index=False)]
    else:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(
                lambda r: classify_ticket(client, r.subject, r.body, model=model),
                df.itertuples(index=False),
            ))
    run.finish(len(results))

    df = df.copy()
    df['category'] = [r['category'] for r in results]
    df['category_confidence'] = [float(r.get('confidence') or 0.0) for r in results]
    df['category_reason'] = [r.get('reason') for r in results]

    low = df['category_confidence'] < CONFIDENCE_FLOOR
    if low.any() and not kwargs.get('dry_run'):
        df.loc[low, 'category'] = df[low].apply(lambda row: _escalate(client, row), axis=1)
        df.loc[low, 'category_escalated'] = True
    return df


@test
def test_categories_are_known(output, *args) -> None:
    from mage_pipeline.utils.prompts import CATEGORY_LABELS
    assert output['category'].isin(CATEGORY_LABELS).all()
