"""Grounded answers over the knowledge base (2024 rewrite, async/await)."""
import cohere
from twisted.internet import defer

from gateway.config import get_settings
from gateway.rag.embedder import embed_query_async
from gateway.rag.vector_store import VectorStore
from gateway.services.llm_usage_tracker import llm_tracker


class AnswerService(object):

    def __init__(self, store=None):
        self.co = cohere.AsyncClientV2(api_key=get_settings().cohere_api_key)
        self.store = store or VectorStore()
        self.model = "command-r-plus-08-2024"

    async def _documents(self, question, k):
        qvec = await embed_query_async(question)
        hits = self.store.create("kb").query(qvec, k=k)
        return [{"id": h["id"], "data": {"text": h["text"]}} for h in hits]

    async def answer(self, question, k=6):
        docs = await self._documents(question, k)
        async with llm_tracker.track_llm_call(provider="cohere", model=self.model,
                                              feature_context="kb_answer") as usage_log:
            resp = await self.co.chat(
                model=self.model,
                messages=[{"role": "user", "content": question}],
                documents=docs,
            )
            usage_log.input_tokens = int(resp.usage.billed_units.input_tokens or 0)
            usage_log.output_tokens = int(resp.usage.billed_units.output_tokens or 0)
        return {"answer": resp.message.content[0].text,
                "citations": [c.text for c in (resp.message.citations or [])]}

    async def answer_stream(self, question, write):
        docs = await self._documents(question, 6)
        stream = self.co.chat_stream(
            model=self.model,
            messages=[{"role": "user", "content": question}],
            documents=docs,
        )
        async for event in stream:
            if event.type == "content-delta":
                write(event.delta.message.content.text)

    def answer_deferred(self, question):
        return defer.ensureDeferred(self.answer(question))
