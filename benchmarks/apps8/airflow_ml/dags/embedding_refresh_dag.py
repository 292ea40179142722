"""Refresh product and query embeddings after the catalogue sync lands."""
import asyncio
import os
from typing import List

from airflow.decorators import dag, task
from airflow.datasets import Dataset

from common.defaults import DEFAULT_ARGS, LLM_POOL, START_DATE, TAGS
from include.catalogue.repository import CatalogueRepository
from include.config import settings
from include.services import embedder
from include.utils.text import chunked
from operators.embedding_operator import TogetherEmbeddingOperator

CATALOGUE_SYNC = Dataset("postgres://catalogue/catalogue.products")
QUERY_EMBED_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
PINNED_REVISION = os.environ.get("QUERY_EMBED_MODEL_REVISION", "c9745ed1d9f207416be6d2e6f8de32d1f16199bf")


@dag(
    dag_id="embedding_refresh",
    default_args=DEFAULT_ARGS,
    start_date=START_DATE,
    schedule=[CATALOGUE_SYNC],
    catchup=False,
    tags=TAGS + ["search"],
)
def embedding_refresh():
    @task
    def changed_skus() -> List[str]:
        rows = CatalogueRepository()._hook.get_records(
            "SELECT sku FROM catalogue.products WHERE updated_at > now() - interval '1 day'"
        )
        return [r[0] for r in rows]

    @task
    def check_model_revision() -> str:
        """The query encoder must match the one baked into the search service image."""
        from huggingface_hub import HfApi

        info = HfApi().model_info(QUERY_EMBED_MODEL)
        if info.sha != PINNED_REVISION:
            raise ValueError(f"{QUERY_EMBED_MODEL} moved to {info.sha}, expected {PINNED_REVISION}")
        return info.sha

    @task(pool=LLM_POOL)
    def embed_popular_queries() -> int:
        from huggingface_hub import AsyncInferenceClient

        from include.llm.credentials import connection_password

        rows = CatalogueRepository()._hook.get_records(
            "SELECT query FROM analytics.search_queries_30d ORDER BY hits DESC LIMIT 5000"
        )
        queries = [r[0] for r in rows]

        async def run() -> List[list]:
            client = AsyncInferenceClient(
                provider="hf-inference",
                token=connection_password(settings.hf.conn_id, "HF_TOKEN"),
            )
            vectors: List[list] = []
            for batch in chunked(queries, 64):
                results = await asyncio.gather(
                    *[client.feature_extraction(q, model=QUERY_EMBED_MODEL, normalize=True) for q in batch]
                )
                vectors.extend(r.tolist() for r in results)
            return vectors

        vectors = asyncio.run(run())
        CatalogueRepository().upsert_embeddings(
            "query_embeddings", [(q, QUERY_EMBED_MODEL, v) for q, v in zip(queries, vectors)]
        )
        return len(vectors)

    @task(pool=LLM_POOL)
    def embed_b2b_index(skus: List[str]) -> int:
        repo = CatalogueRepository()
        products = repo.products_by_sku(skus)
        vectors = embedder.embed([f"{p.title}\n{p.description}" for p in products], backend="watsonx")
        repo.upsert_embeddings(
            "b2b_embeddings",
            [(p.sku, settings.watsonx.embedding_model, v) for p, v in zip(products, vectors)],
        )
        return len(vectors)

    skus = changed_skus()
    search_embeddings = TogetherEmbeddingOperator(
        task_id="embed_search_index",
        skus=skus,
        model=settings.together.embedding_model,
        pool=LLM_POOL,
    )
    check_model_revision() >> embed_popular_queries()
    skus >> search_embeddings
    embed_b2b_index(skus)


embedding_refresh()
