from typing import List, Sequence

from airflow.models import BaseOperator
from airflow.utils.context import Context

from hooks.together_hook import TogetherHook
from include.catalogue.repository import CatalogueRepository
from include.utils.text import chunked, clean_text


class TogetherEmbeddingOperator(BaseOperator):
    """Embed product texts with a Together embedding model and upsert them into search.*"""

    template_fields: Sequence[str] = ("skus",)

    def __init__(
        self,
        *,
        skus,
        model: str = "BAAI/bge-large-en-v1.5",
        target_table: str = "product_embeddings",
        batch_size: int = 64,
        together_conn_id: str = "together_default",
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.skus = skus
        self.model = model
        self.target_table = target_table
        self.batch_size = batch_size
        self.together_conn_id = together_conn_id

    def execute(self, context: Context) -> int:
        repo = CatalogueRepository()
        products = repo.products_by_sku(self.skus)
        client = TogetherHook(self.together_conn_id).get_conn()
        written = 0
        for batch in chunked(products, self.batch_size):
            texts: List[str] = [clean_text(f"{p.title}. {p.description}") for p in batch]
            resp = client.embeddings.create(model=self.model, input=texts)
            rows = [(p.sku, self.model, item.embedding) for p, item in zip(batch, resp.data)]
            repo.upsert_embeddings(self.target_table, rows)
            written += len(rows)
        self.log.info("wrote %d embeddings to search.%s", written, self.target_table)
        return written
