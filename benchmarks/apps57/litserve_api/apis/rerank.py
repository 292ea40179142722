"""Standalone rerank endpoint (the search team calls this directly)."""
from __future__ import annotations

import litserve as ls

from apis.llm import get_cohere_client
from config import get_settings


class RerankAPI(ls.LitAPI):
    def __init__(self):
        super().__init__(api_path="/rerank")

    def setup(self, device):
        self.co = get_cohere_client()
        self.model = get_settings().rerank_model

    def decode_request(self, request):
        return request["query"], request["documents"], int(request.get("top_n", 5))

    def predict(self, x):
        query, documents, top_n = x
        result = self.co.rerank(model=self.model, query=query, documents=documents, top_n=top_n)
        return [(r.index, r.relevance_score) for r in result.results]

    def encode_response(self, output):
        return {"results": [{"index": i, "relevance_score": s} for i, s in output]}
