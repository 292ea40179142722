"""Custom Kedro datasets."""
from catalog_enrichment.datasets.embedding_cache_dataset import EmbeddingCacheDataset
from catalog_enrichment.datasets.llm_client_dataset import LLMClientDataset

__all__ = ["EmbeddingCacheDataset", "LLMClientDataset"]
