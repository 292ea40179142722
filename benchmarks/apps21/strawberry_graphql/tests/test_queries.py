from __future__ import annotations

from unittest.mock import AsyncMock, patch

from kb_api.schema import schema
from kb_api.services.answer_service import AnswerService
from kb_api.services.search_service import EmbeddingService, SearchService

ASK = """
query Ask($q: String!) {
  ask(question: $q, withFollowups: true) { text citations model followups }
}
"""


async def test_ask_returns_answer_and_followups(context):
    result = await schema.execute(ASK, variable_values={"q": "how do I rotate tokens?"}, context_value=context)
    assert result.errors is None
    assert result.data["ask"]["text"] == "fake answer [1]"
    assert len(result.data["ask"]["followups"]) == 3
    sent = context.llm.openai.chat.completions.calls[0]
    assert sent["messages"][0]["role"] == "system"


async def test_ask_requires_login(context):
    context.viewer = None
    result = await schema.execute(ASK, variable_values={"q": "x"}, context_value=context)
    assert result.errors[0].message == "You must be signed in."


async def test_embedding_service_orders_by_index(fake_llm):
    svc = EmbeddingService(fake_llm.openai, model="text-embedding-3-small")
    vecs = await svc.embed_many(["a", "b", "c"])
    assert [v[0] for v in vecs] == [0.0, 1.0, 2.0]


async def test_stream_answer_yields_tokens(fake_llm, context):
    search = SearchService(EmbeddingService(fake_llm.openai), context.chunks)
    service = AnswerService(fake_llm.openai, search, model="gpt-4o-mini")
    tokens = [t async for t in service.stream_answer("hi")]
    assert "".join(tokens) == "fake answer"


async def test_suggest_title_uses_tracked_service(context):
    with patch(
        "kb_api.schema.queries.multi_model_service.generate_response", new=AsyncMock(return_value="Rotating tokens")
    ) as gen:
        result = await schema.execute('{ suggestTitle(body: "...") }', context_value=context)
    assert result.data["suggestTitle"] == "Rotating tokens"
    gen.assert_awaited_once()


async def test_fake_completions_records_calls(fake_llm):
    resp = await fake_llm.openai.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}])
    assert resp.choices[0].message.content
    assert fake_llm.openai.chat.completions.calls[-1]["model"] == "gpt-4o-mini"
