from src.retrieval.embedder import VoyageEmbedder
from src.retrieval.exemplars import ExemplarStore

__all__ = ["ExemplarStore", "VoyageEmbedder"]
