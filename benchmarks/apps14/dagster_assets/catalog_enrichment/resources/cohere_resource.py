from typing import List, Optional

import cohere
from dagster import ConfigurableResource
from pydantic import PrivateAttr

from ..settings import MODELS

# Cohere's embed endpoint takes at most 96 texts per request.
COHERE_EMBED_BATCH = 96


class CohereResource(ConfigurableResource):
    api_key: str
    embed_model: str = MODELS.cohere_embedding
    rerank_model: str = MODELS.cohere_rerank
    chat_model: str = MODELS.cohere_chat
    timeout_seconds: Optional[float] = 60.0

    _client: Optional[cohere.ClientV2] = PrivateAttr(default=None)

    def get_client(self) -> cohere.ClientV2:
        if self._client is None:
            self._client = cohere.ClientV2(api_key=self.api_key, timeout=self.timeout_seconds)
        return self._client

    def embed_documents(self, texts: List[str], input_type: str = "search_document") -> List[List[float]]:
        client = self.get_client()
        vectors: List[List[float]] = []
        for start in range(0, len(texts), COHERE_EMBED_BATCH):
            response = client.embed(
                model=self.embed_model,
                texts=texts[start : start + COHERE_EMBED_BATCH],
                input_type=input_type,
                embedding_types=["float"],
            )
            vectors.extend(response.embeddings.float_)
        return vectors
