"""Embeddings for search indexing and query-time retrieval."""
import json
import logging
from typing import List

log = logging.getLogger(__name__)

BATCH = 96


def _batched(items, size=BATCH):
    for i in range(0, len(items), size):
        yield items[i:i + size]


class EmbeddingService:
    def __init__(self, openai_client, cohere_client, voyage_client, bedrock_runtime, config):
        self.openai_client = openai_client
        self.cohere_client = cohere_client
        self.voyage_client = voyage_client
        self.bedrock_runtime = bedrock_runtime
        self.config = config

    def embed(self, texts: List[str], provider="openai", input_type="document"):
        handler = {
            "openai": self._openai,
            "cohere": self._cohere,
            "voyage": self._voyage,
            "bedrock": self._bedrock,
        }[provider]
        vectors = []
        for batch in _batched(texts):
            vectors.extend(handler(batch, input_type))
        return vectors

    def _openai(self, batch, input_type):
        resp = self.openai_client.embeddings.create(
            model=self.config["OPENAI_EMBED_MODEL"], input=batch
        )
        return [d.embedding for d in resp.data]

    def _cohere(self, batch, input_type):
        ct = "search_query" if input_type == "query" else "search_document"
        resp = self.cohere_client.embed(
            texts=batch,
            model=self.config["COHERE_EMBED_MODEL"],
            input_type=ct,
            embedding_types=["float"],
        )
        return resp.embeddings.float_

    def _voyage(self, batch, input_type):
        result = self.voyage_client.embed(
            batch, model=self.config["VOYAGE_MODEL"], input_type=input_type
        )
        return result.embeddings

    def _bedrock(self, batch, input_type):
        out = []
        # Titan v2 takes one text per request
        for text in batch:
            resp = self.bedrock_runtime.invoke_model(
                modelId=self.config["BEDROCK_EMBED_MODEL_ID"],
                body=json.dumps({"inputText": text, "dimensions": 1024, "normalize": True}),
                contentType="application/json",
                accept="application/json",
            )
            out.append(json.loads(resp["body"].read())["embedding"])
        return out

    def count_tokens(self, texts, provider="voyage"):
        """Used for quota pre-checks; not a billable request."""
        if provider == "voyage":
            return self.voyage_client.count_tokens(texts, model=self.config["VOYAGE_MODEL"])
        return sum(len(t) // 4 for t in texts)
