from retrieval.store import BM25Index, Document, HybridStore, SearchHit, VectorStore
from retrieval.embedder import Embedder

__all__ = ["BM25Index", "HybridStore", "Document", "SearchHit", "VectorStore", "Embedder"]
