"""Retrieval-augmented answering over a tenant's documents.

Retrieval: Azure AI Search (hybrid), then Cohere rerank, then an Azure OpenAI
chat completion grounded on the top passages.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List, Optional

from shared_code.repository.vector_store import VectorStore
from shared_code.services import prompts
from shared_code.settings import get_settings

logger = logging.getLogger(__name__)


@dataclass
class Answer:
    text: str
    sources: List[Dict[str, Any]] = field(default_factory=list)
    usage: Dict[str, int] = field(default_factory=dict)


class RagAnswerer:
    def __init__(self, llm: Any, reranker: Optional[Any], store: VectorStore,
                 deployment: Optional[str] = None, top_k: int = 5) -> None:
        settings = get_settings()
        self.llm = llm
        self.reranker = reranker
        self.store = store
        self.deployment = deployment or settings.azure_openai.chat_deployment
        self.rerank_model = settings.vendors.cohere_rerank_model
        self.top_k = top_k

    def retrieve(self, tenant_id: str, question: str) -> List[Dict[str, Any]]:
        hits = self.store.search(tenant_id, question, top=30)
        if not hits:
            return []
        if self.reranker is None:
            return hits[: self.top_k]
        reranked = self.reranker.rerank(
            model=self.rerank_model,
            query=question,
            documents=[h["content"] for h in hits],
            top_n=self.top_k,
        )
        ordered = []
        for item in reranked.results:
            hit = dict(hits[item.index])
            hit["rerank_score"] = item.relevance_score
            ordered.append(hit)
        return ordered

    def _messages(self, question: str, passages: List[Dict[str, Any]]) -> List[Dict[str, str]]:
        sources = prompts.render_sources([p["content"] for p in passages])
        return [
            {"role": "system", "content": prompts.RAG_SYSTEM.format(sources=sources)},
            {"role": "user", "content": question},
        ]

    def answer(self, tenant_id: str, question: str) -> Answer:
        passages = self.retrieve(tenant_id, question)
        if not passages:
            return Answer(text="I could not find any documents relevant to that question.")
        completion = self.llm.chat.completions.create(
            model=self.deployment,
            messages=self._messages(question, passages),
            temperature=0,
            max_tokens=700,
        )
        return Answer(
            text=completion.choices[0].message.content or "",
            sources=[{"document_id": p["document_id"], "id": p["id"]} for p in passages],
            usage={
                "prompt_tokens": completion.usage.prompt_tokens,
                "completion_tokens": completion.usage.completion_tokens,
            },
        )

    def stream_answer(self, tenant_id: str, question: str) -> Iterator[str]:
        passages = self.retrieve(tenant_id, question)
        stream = self.llm.chat.completions.create(
            model=self.deployment,
            messages=self._messages(question, passages),
            temperature=0,
            stream=True,
            stream_options={"include_usage": True},
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
