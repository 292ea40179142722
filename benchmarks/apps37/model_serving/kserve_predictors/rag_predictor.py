"""Retrieval-augmented predictor for the docs assistant.

Embeds the query with Bedrock (Cohere embed), looks up chunks in the vector
index, and answers with Claude.  Owned by the docs team; we just host it.
"""
from __future__ import annotations

import asyncio
import functools
import json
import logging
from dataclasses import dataclass
from typing import Dict, List

import numpy as np

from kserve_predictors.base import HostedLLMModel
from serving_common import get_anthropic_client, get_bedrock_runtime, settings
from serving_common.retry import with_retries

logger = logging.getLogger(__name__)

COHERE_EMBED = "cohere.embed-english-v3"


@dataclass
class Chunk:
    doc_id: str
    text: str
    score: float


class PromptBuilder:
    """Plain string templating. ``generate`` here has nothing to do with a model."""

    def __init__(self, template: str) -> None:
        self.template = template

    def generate(self, question: str, chunks: List[Chunk]) -> str:
        context = "\n\n".join(f"[{c.doc_id}] {c.text}" for c in chunks)
        return self.template.format(context=context, question=question)


class InMemoryIndex:
    def __init__(self, vectors: np.ndarray, chunks: List[Chunk]) -> None:
        self.vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
        self.chunks = chunks

    @classmethod
    def load(cls, path: str) -> "InMemoryIndex":
        data = np.load(path, allow_pickle=True)
        chunks = [Chunk(d["doc_id"], d["text"], 0.0) for d in data["meta"]]
        return cls(data["vectors"], chunks)

    def search(self, query: np.ndarray, k: int = 5) -> List[Chunk]:
        q = query / np.linalg.norm(query)
        scores = self.vectors @ q
        top = np.argsort(-scores)[:k]
        return [Chunk(self.chunks[i].doc_id, self.chunks[i].text, float(scores[i])) for i in top]


TEMPLATE = """Answer the question using only the context below. Cite doc ids in brackets.

<context>
{context}
</context>

Question: {question}"""


class DocsRAGPredictor(HostedLLMModel):
    provider = "rag"

    def __init__(self, name: str, model: str | None = None, index_path: str = "/mnt/models/index.npz") -> None:
        super().__init__(name, model)
        self.index_path = index_path
        self.builder = PromptBuilder(TEMPLATE)

    def load(self) -> bool:
        self.index = InMemoryIndex.load(self.index_path)
        self.embedder = get_bedrock_runtime()
        self.llm = get_anthropic_client()
        self.model = self.model or settings.claude_model
        self.ready = True
        return True

    def _embed_query(self, text: str) -> np.ndarray:
        resp = with_retries(
            self.embedder.invoke_model,
            modelId=COHERE_EMBED,
            body=json.dumps({"texts": [text], "input_type": "search_query"}),
        )
        return np.asarray(json.loads(resp["body"].read())["embeddings"][0], dtype=np.float32)

    async def predict(self, payload, headers: Dict[str, str] = None):
        loop = asyncio.get_running_loop()
        answers = []
        for question in self.extract_prompts(payload):
            qvec = await loop.run_in_executor(None, self._embed_query, question)
            chunks = self.index.search(qvec, k=6)
            prompt = self.builder.generate(question, chunks)
            ask = functools.partial(
                self.llm.messages.create,
                model=self.model,
                max_tokens=800,
                messages=[{"role": "user", "content": prompt}],
            )
            msg = await loop.run_in_executor(None, ask)
            answers.append(
                {
                    "answer": msg.content[0].text,
                    "sources": [c.doc_id for c in chunks],
                    "scores": [round(c.score, 4) for c in chunks],
                }
            )
        return self.wrap(answers, payload)


class ClaudeBatchSubmitter:
    """Nightly re-answer of the FAQ set through the Message Batches API (50% cheaper)."""

    def __init__(self, client=None) -> None:
        self.client = client or get_anthropic_client()

    def submit(self, questions: List[str], model: str) -> str:
        batch = self.client.messages.batches.create(
            requests=[
                {
                    "custom_id": f"faq-{i}",
                    "params": {"model": model, "max_tokens": 600, "messages": [{"role": "user", "content": q}]},
                }
                for i, q in enumerate(questions)
            ]
        )
        logger.info("submitted batch %s with %d requests", batch.id, len(questions))
        return batch.id

    def status(self, batch_id: str) -> str:
        return self.client.messages.batches.retrieve(batch_id).processing_status
