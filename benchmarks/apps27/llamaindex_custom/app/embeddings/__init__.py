from app.embeddings.cohere_embed import CohereEmbedding
from app.embeddings.mistral_embed import MistralEmbedding
from app.embeddings.openai_embed import OpenAIEmbeddingModel
from app.embeddings.voyage_embed import VoyageEmbedding

__all__ = ["CohereEmbedding", "MistralEmbedding", "OpenAIEmbeddingModel", "VoyageEmbedding"]
