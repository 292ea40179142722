import pandas as pd
from pinecone import Pinecone, ServerlessSpec

from mage_ai.data_preparation.shared.secrets import get_secret_value

if 'data_exporter' not in globals():
    from mage_ai.data_preparation.decorators import data_exporter

INDEX = 'support-tickets'


@data_exporter
def export_data(df: pd.DataFrame, *args, **kwargs) -> None:
    pc = Pinecone(api_key=get_secret_value('pinecone_api_key'))
    if INDEX not in pc.list_indexes().names():
        pc.create_index(
            name=INDEX,
            dimension=1024,
            metric='cosine',
            spec=ServerlessSpec(cloud='aws', region='us-east-1'),
        )
    index = pc.Index(INDEX)
    vectors = [
        {
            'id': str(r.ticket_id),
            'values': [float(x) for x in r.embedding],
            'metadata': {'category': r.category, 'language': r.language, 'summary': r.summary[:1000]},
        }
        for r in df.itertuples(index=False)
    ]
    for i in range(0, len(vectors), 100):
        index.upsert(vectors=vectors[i:i + 100], namespace=kwargs.get('pinecone_namespace', 'tickets'))
