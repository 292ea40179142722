"""Batched embedding endpoint. LitServe does the dynamic batching for us."""
from __future__ import annotations

import litserve as ls

from apis.llm import client_for
from config import get_settings


class EmbeddingAPI(ls.LitAPI):
    def __init__(self):
        super().__init__(max_batch_size=32, batch_timeout=0.02, api_path="/embed")

    def setup(self, device):
        s = get_settings()
        self.provider = s.embed_provider
        self.client = client_for(self.provider)
        self.model = s.mistral_embed_model if self.provider == "mistral" else s.embed_model

    def decode_request(self, request):
        return request["input"]

    def batch(self, inputs):
        return list(inputs)

    def predict(self, texts):
        if self.provider == "mistral":
            resp = self.client.embeddings.create(model=self.model, inputs=texts)
        else:
            resp = self.client.embeddings.create(model=self.model, input=texts)
        return [d.embedding for d in resp.data]

    def unbatch(self, output):
        return list(output)

    def encode_response(self, output):
        return {"embedding": output, "model": self.model}


class CohereEmbedAPI(ls.LitAPI):
    """Multilingual embeddings for the EU index (cohere embed-multilingual-v3.0)."""

    def __init__(self):
        super().__init__(max_batch_size=48, batch_timeout=0.02, api_path="/embed/multilingual")

    def setup(self, device):
        from apis.llm import get_cohere_client

        self.co = get_cohere_client()

    def decode_request(self, request):
        return request["input"], request.get("input_type", "search_document")

    def batch(self, inputs):
        return list(inputs)

    def predict(self, items):
        texts = [t for t, _ in items]
        input_type = items[0][1] if items else "search_document"
        resp = self.co.embed(
            texts=texts,
            model="embed-multilingual-v3.0",
            input_type=input_type,
            embedding_types=["float"],
        )
        return list(resp.embeddings.float_)

    def unbatch(self, output):
        return list(output)

    def encode_response(self, output):
        return {"embedding": output}
