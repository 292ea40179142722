from copilot.retrieval.rag import RagAnswer, answer, answer_with_responses_api, retrieve
from copilot.retrieval.vector_store import Chunk, VectorStore, get_store

__all__ = ["RagAnswer", "answer", "answer_with_responses_api", "retrieve", "Chunk", "VectorStore", "get_store"]
