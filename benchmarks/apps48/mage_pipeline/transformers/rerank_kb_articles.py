import logging

import pandas as pd
from pinecone import Pinecone

from mage_ai.data_preparation.shared.secrets import get_secret_value
from mage_pipeline.utils import get_cohere_client, get_together_client

if 'transformer' not in globals():
    from mage_ai.data_preparation.decorators import transformer
if 'test' not in globals():
    from mage_ai.data_preparation.decorators import test

logger = logging.getLogger(__name__)
KB_INDEX = 'help-center-v3'


def _candidates(index, vector, k=20):
    res = index.query(vector=list(map(float, vector)), top_k=k, include_metadata=True, namespace='articles')
    return [
        {'id': m['id'], 'title': m['metadata'].get('title', ''), 'url': m['metadata'].get('url', ''),
         'snippet': m['metadata'].get('snippet', '')}
        for m in res['matches']
    ]


@transformer
def transform(df: pd.DataFrame, *args, **kwargs) -> pd.DataFrame:
    pc = Pinecone(api_key=get_secret_value('pinecone_api_key'))
    index = pc.Index(KB_INDEX)
    reranker = kwargs.get('reranker', 'cohere')
    co = get_cohere_client()
    top_n = int(kwargs.get('kb_top_n', 3))

    picked = []
    for row in df.itertuples(index=False):
        cands = _candidates(index, row.embedding)
        if not cands:
            picked.append([])
            continue
        docs = [f"{c['title']}\n{c['snippet']}" for c in cands]
        if reranker == 'together':
            out = get_together_client().rerank.create(
                model='Salesforce/Llama-Rank-V1', query=row.summary, documents=docs, top_n=top_n,
            )
            order = [(r.index, r.relevance_score) for r in out.results]
        else:
            out = co.rerank(model='rerank-english-v3.0', query=row.summary, documents=docs, top_n=top_n)
            order = [(r.index, r.relevance_score) for r in out.results]
        picked.append([cands[i] | {'relevance': s} for i, s in order])

    df = df.copy()
    df['kb_articles'] = picked
    return df


@test
def test_output(output, *args) -> None:
    assert 'kb_articles' in output.columns
