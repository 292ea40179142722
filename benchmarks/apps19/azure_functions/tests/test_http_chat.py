import json
from unittest import mock

import azure.functions as func

from tests.fakes import FakeOpenAIClient


def _request(body: dict, route: str = "/api/chat") -> func.HttpRequest:
    return func.HttpRequest(
        method="POST",
        url=route,
        headers={"x-tenant-id": "contoso"},
        params={},
        body=json.dumps(body).encode("utf-8"),
    )


def test_chat_returns_reply():
    from blueprints import http_chat

    fake = FakeOpenAIClient(replies=["Hello from the fake"])
    with mock.patch.object(http_chat, "get_aoai_client", return_value=fake):
        resp = http_chat.chat(_request({"messages": [{"role": "user", "content": "hi"}]}))
    assert resp.status_code == 200
    assert json.loads(resp.get_body())["reply"] == "Hello from the fake"
    assert fake.calls[0]["user"] == "contoso"


def test_chat_rejects_bad_role():
    from blueprints import http_chat

    resp = http_chat.chat(_request({"messages": [{"role": "tool", "content": "x"}]}))
    assert resp.status_code == 400


def test_rerank_proxy_uses_cohere(fake_cohere):
    from blueprints import http_search

    with mock.patch.object(http_search, "get_cohere", return_value=fake_cohere):
        resp = http_search.rerank(_request({"query": "late fees", "documents": ["a", "b", "c"], "top_n": 2},
                                           route="/api/rerank"))
    assert resp.status_code == 200
    assert len(json.loads(resp.get_body())["results"]) == 2


def test_mocked_async_client_shape():
    client = mock.AsyncMock()
    client.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content="x"))]
    assert client.chat.completions.create is not None
