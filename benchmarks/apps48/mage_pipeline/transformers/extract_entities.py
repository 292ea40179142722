import asyncio
import json

import pandas as pd

from mage_pipeline.utils.prompts import build_entity_prompt, parse_json_reply
from mage_pipeline.utils.services import TaskComplexity, multi_model_service

if 'transformer' not in globals():
    from mage_ai.data_preparation.decorators import transformer
if 'test' not in globals():
    from mage_ai.data_preparation.decorators import test

EMPTY = {'order_ids': [], 'product_names': [], 'error_codes': [], 'emails': []}


async def _extract_all(texts):
    sem = asyncio.Semaphore(10)

    async def one(text):
        async with sem:
            raw = await multi_model_service.generate_response(
                prompt=build_entity_prompt(text),
                task_type='ticket_entity_extraction',
                complexity=TaskComplexity.SIMPLE,
                response_format={'type': 'json_object'},
            )
            return parse_json_reply(raw, EMPTY)

    return await asyncio.gather(*(one(t) for t in texts))


@transformer
def transform(df: pd.DataFrame, *args, **kwargs) -> pd.DataFrame:
    entities = asyncio.run(_extract_all(df['body'].tolist()))
    df = df.copy()
    df['entities'] = [json.dumps(e) for e in entities]
    df['order_ids'] = [e.get('order_ids', []) for e in entities]
    return df


@test
def test_output(output, *args) -> None:
    assert 'entities' in output.columns
