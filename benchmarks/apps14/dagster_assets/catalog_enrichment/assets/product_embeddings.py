"""Embeddings for on-site search.

We keep three vector sets side by side while search-relevance decides which one to
ship (see search_quality.py): OpenAI for the EN storefront, Cohere multilingual for the
EU storefronts, and Vertex for the GCP-hosted recommendations prototype.
"""
import json
from functools import partial
from typing import Dict, List

import requests
from dagster import AssetExecutionContext, MaterializeResult, asset
from vertexai.language_models import TextEmbeddingInput

from ..models import EmbeddingRow
from ..partitions import daily_partitions
from ..resources import CohereResource, OpenAIResource, VertexAIResource, WarehouseResource
from ..settings import MODELS, SEARCH_INDEX_URL
from ..utils import chunked, clean_html

OPENAI_BATCH = 512
VERTEX_BATCH = 250


def _documents(warehouse: WarehouseResource, day: str) -> Dict[str, str]:
    rows = warehouse.fetch_dicts(
        "select sku, title, description from stg_products where updated_at::date = %s",
        (day,),
    )
    return {r["sku"]: f"{r['title']}\n\n{clean_html(r['description'])}" for r in rows}


def _push_to_index(index: str, rows: List[EmbeddingRow]) -> None:
    lines = []
    for row in rows:
        lines.append(json.dumps({"index": {"_index": index, "_id": row.doc_id}}))
        lines.append(json.dumps({"sku": row.doc_id, "model": row.model, "vector": row.vector}))
    resp = requests.post(
        f"{SEARCH_INDEX_URL}/_bulk",
        data="\n".join(lines) + "\n",
        headers={"Content-Type": "application/x-ndjson"},
        timeout=60,
    )
    resp.raise_for_status()


@asset(partitions_def=daily_partitions, deps=["stg_products"], group_name="search", compute_kind="openai")
def product_embeddings_openai(
    context: AssetExecutionContext, openai: OpenAIResource, warehouse: WarehouseResource
) -> MaterializeResult:
    docs = _documents(warehouse, context.partition_key)
    skus = list(docs)
    rows: List[EmbeddingRow] = []
    total_tokens = 0
    for batch in chunked(skus, OPENAI_BATCH):
        result = openai.get_client().embeddings.create(
            model=MODELS.openai_embedding,
            input=[docs[sku] for sku in batch],
        )
        total_tokens += result.usage.total_tokens
        rows.extend(
            EmbeddingRow(doc_id=sku, source="product", model=MODELS.openai_embedding, vector=item.embedding)
            for sku, item in zip(batch, result.data)
        )
    _push_to_index("products-openai", rows)
    return MaterializeResult(metadata={"vectors": len(rows), "total_tokens": total_tokens})


@asset(partitions_def=daily_partitions, deps=["stg_products"], group_name="search", compute_kind="cohere")
def product_embeddings_multilingual(
    context: AssetExecutionContext, cohere: CohereResource, warehouse: WarehouseResource
) -> MaterializeResult:
    docs = _documents(warehouse, context.partition_key)
    co = cohere.get_client()
    embed_docs = partial(
        co.embed,
        model=cohere.embed_model,
        input_type="search_document",
        embedding_types=["float"],
    )
    rows: List[EmbeddingRow] = []
    skus = list(docs)
    for batch in chunked(skus, 96):
        response = embed_docs(texts=[docs[s] for s in batch])
        rows.extend(
            EmbeddingRow(doc_id=sku, source="product", model=cohere.embed_model, vector=vec)
            for sku, vec in zip(batch, response.embeddings.float_)
        )
    _push_to_index("products-cohere", rows)
    return MaterializeResult(metadata={"vectors": len(rows)})


@asset(partitions_def=daily_partitions, deps=["stg_products"], group_name="search", compute_kind="vertexai")
def product_embeddings_vertex(
    context: AssetExecutionContext, vertex: VertexAIResource, warehouse: WarehouseResource
) -> MaterializeResult:
    docs = _documents(warehouse, context.partition_key)
    embedding_model = vertex.text_embedding_model()
    rows: List[EmbeddingRow] = []
    skus = list(docs)
    for batch in chunked(skus, VERTEX_BATCH):
        inputs = [TextEmbeddingInput(docs[s], "RETRIEVAL_DOCUMENT", title=s) for s in batch]
        embeddings = embedding_model.get_embeddings(inputs, output_dimensionality=256)
        rows.extend(
            EmbeddingRow(doc_id=sku, source="product", model=vertex.embedding_model, vector=e.values)
            for sku, e in zip(batch, embeddings)
        )
    warehouse.upsert_rows(
        "product_vectors_vertex",
        ({"sku": r.doc_id, "vector": json.dumps(r.vector), "model": r.model} for r in rows),
        key=["sku"],
    )
    return MaterializeResult(metadata={"vectors": len(rows)})
