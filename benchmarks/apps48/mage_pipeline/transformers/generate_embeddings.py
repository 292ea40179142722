import numpy as np
import pandas as pd
from openai import OpenAI

from mage_ai.data_preparation.shared.secrets import get_secret_value
from mage_pipeline.utils.embeddings import embed, embed_cohere

if 'transformer' not in globals():
    from mage_ai.data_preparation.decorators import transformer
if 'test' not in globals():
    from mage_ai.data_preparation.decorators import test


def _summary_text(df: pd.DataFrame) -> list:
    return (df['subject'] + '\n' + df['summary'].fillna('')).tolist()


@transformer
def transform(df: pd.DataFrame, *args, **kwargs) -> pd.DataFrame:
    provider = kwargs.get('embedding_provider', 'cohere')
    texts = _summary_text(df)
    if provider == 'cohere':
        vectors = embed_cohere(texts, input_type='search_document')
    else:
        vectors = embed(texts, provider=provider)

    df = df.copy()
    df['embedding'] = [np.asarray(v, dtype=np.float32) for v in vectors]
    df['embedding_provider'] = provider

    if kwargs.get('shadow_openai_large'):
        # shadow experiment for the kb_v2 index -- see notebook in #ml-support
        client = OpenAI(api_key=get_secret_value('openai_api_key'))
        shadow = client.embeddings.create(model='text-embedding-3-large', input=texts, dimensions=1024)
        df['embedding_v2'] = [np.asarray(d.embedding, dtype=np.float32) for d in shadow.data]
    return df


@test
def test_dims(output, *args) -> None:
    dims = {len(v) for v in output['embedding']}
    assert len(dims) == 1, f'mixed embedding dims: {dims}'
