"""Streaming answer endpoint (SSE-ish, one token chunk per yield)."""
from __future__ import annotations

import json

import cohere
import litserve as ls

from apis.llm import get_anthropic_client, get_openai_client
from config import get_settings
from pipeline.answer import astream_answer_cohere, stream_answer
from retrieval import Embedder, VectorStore


class StreamingRAGAPI(ls.LitAPI):
    def __init__(self):
        super().__init__(stream=True, api_path="/rag/stream")

    def setup(self, device):
        s = get_settings()
        self.model = s.answer_model
        self.claude = get_anthropic_client()
        self.embedder = Embedder(get_openai_client(), s.embed_model)
        self.store = VectorStore.load(s.index_dir, s.embed_dim)
        self.top_n = s.top_n

    def decode_request(self, request):
        return request["question"]

    def predict(self, question):
        hits = self.store.search(self.embedder.embed_query(question), k=self.top_n)
        passages = [h.doc.text for h in hits]
        yield from stream_answer(self.claude, question, passages, self.model)

    def encode_response(self, output):
        for token in output:
            yield {"delta": token}


class ChatStreamAPI(ls.LitAPI):
    """Plain chat (no retrieval) with Claude, streaming. Used by the internal playground."""

    def __init__(self):
        super().__init__(stream=True, api_path="/chat/stream")

    def setup(self, device):
        self.client = get_anthropic_client()
        self.model = get_settings().answer_model

    def decode_request(self, request):
        return request.get("messages") or [{"role": "user", "content": request["prompt"]}]

    def predict(self, messages):
        with self.client.messages.stream(model=self.model, max_tokens=1024, messages=messages) as stream:
            for event in stream:
                if event.type == "content_block_delta" and event.delta.type == "text_delta":
                    yield event.delta.text

    def encode_response(self, output):
        for chunk in output:
            yield json.dumps({"text": chunk}) + "\n"


class CohereStreamRAGAPI(ls.LitAPI):
    """Async streaming variant backed by Cohere grounded chat (used for the EU tenants)."""

    def __init__(self):
        super().__init__(stream=True, enable_async=True, api_path="/rag/stream/cohere")

    def setup(self, device):
        s = get_settings()
        self.aco = cohere.AsyncClientV2(api_key=s.keys.cohere_api_key.get_secret_value())
        self.embedder = Embedder(get_openai_client(), s.embed_model)
        self.store = VectorStore.load(s.index_dir, s.embed_dim)
        self.top_n = s.top_n

    async def decode_request(self, request):
        return request["question"]

    async def predict(self, question):
        hits = self.store.search(self.embedder.embed_query(question), k=self.top_n)
        async for token in astream_answer_cohere(self.aco, question, [h.doc.text for h in hits]):
            yield token

    async def encode_response(self, output):
        async for token in output:
            yield {"delta": token}
