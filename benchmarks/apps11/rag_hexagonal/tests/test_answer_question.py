from __future__ import annotations

from typing import AsyncIterator, List
from unittest.mock import AsyncMock, MagicMock

import pytest

from docqa.adapters.openai_chat import OpenAIChatModel
from docqa.application.answer_question import AnswerQuestion, AskCommand
from docqa.domain import Chunk, ChatTurn, ScoredChunk
from docqa.ports import ChatModel, Completion, Embedder, Reranker, VectorIndex


class FakeEmbedder(Embedder):
    model = "fake"
    dimension = 3

    async def embed_documents(self, texts: List[str]) -> List[List[float]]:
        return [[1.0, 0.0, 0.0] for _ in texts]

    async def embed_query(self, text: str) -> List[float]:
        return [1.0, 0.0, 0.0]


class FakeIndex(VectorIndex):
    def __init__(self, chunks: List[Chunk]) -> None:
        self.chunks = chunks

    async def ensure_collection(self) -> None:
        pass

    async def upsert(self, chunks, vectors) -> None:
        self.chunks.extend(chunks)

    async def search(self, tenant_id, vector, limit, document_ids=None):
        return [ScoredChunk(c, 0.9) for c in self.chunks if c.tenant_id == tenant_id][:limit]

    async def delete_document(self, tenant_id, document_id) -> None:
        pass


class PassthroughReranker(Reranker):
    async def rerank(self, query, candidates, top_n):
        return candidates[:top_n]


class FakeLLM(ChatModel):
    provider = "fake"

    async def complete(self, system, turns, *, max_tokens=1024, temperature=0.2) -> Completion:
        return Completion(text="The fee is 3% [1].", model="fake-1")

    async def stream(self, system, turns, *, max_tokens=1024, temperature=0.2) -> AsyncIterator[str]:
        for piece in ("The fee ", "is 3% [1]."):
            yield piece

    async def extract(self, system, text, schema):
        raise NotImplementedError


def _chunk(tenant: str = "t1") -> Chunk:
    return Chunk(id="c1", document_id="d1", tenant_id=tenant, ordinal=0, text="Late fee: 3%.", page=2)


async def test_answer_has_citation():
    uc = AnswerQuestion(FakeEmbedder(), FakeIndex([_chunk()]), PassthroughReranker(), FakeLLM())
    answer = await uc.execute(AskCommand(tenant_id="t1", question="What is the late fee?"))
    assert answer.citations[0].page == 2
    assert answer.grounded


async def test_other_tenant_gets_no_context():
    uc = AnswerQuestion(FakeEmbedder(), FakeIndex([_chunk("t2")]), PassthroughReranker(), FakeLLM())
    answer = await uc.execute(AskCommand(tenant_id="t1", question="What is the late fee?"))
    assert not answer.grounded


async def test_openai_adapter_extract_uses_parse():
    client = MagicMock()
    parsed = object()
    client.chat.completions.parse = AsyncMock(
        return_value=MagicMock(choices=[MagicMock(message=MagicMock(parsed=parsed, refusal=None))])
    )
    adapter = OpenAIChatModel(client, model="gpt-4.1")
    result = await adapter.extract("sys", "text", MagicMock())
    assert result is parsed
    client.chat.completions.parse.assert_awaited_once()


@pytest.mark.parametrize("role", ["user", "assistant"])
def test_chat_turn_roles(role):
    assert ChatTurn(role=role, content="x").role == role
