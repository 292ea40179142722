from unittest import mock

from backend.services.chat_service import ChatService
from tests.fakes import FakeOpenAI


class StubSearch:
    def search(self, query, top_k=6):
        return [{"note": {"id": "n1", "title": "Kafka", "body": "partitions"}, "score": 1.0}]


def test_ask_uses_registry_client(store):
    fake = FakeOpenAI(reply="Kafka uses partitions [1]")
    with mock.patch("backend.services.chat_service.registry") as reg:
        reg.client.return_value = fake
        svc = ChatService(store, StubSearch())
        out = svc.ask("s1", "how does kafka scale?")
    assert out["sources"] == ["n1"]
    assert "partitions" in out["answer"]
    assert fake.calls[0]["messages"][0]["role"] == "system"


def test_stream_pushes_tokens(store):
    fake = FakeOpenAI(tokens=["a", "b", "c"])
    got = []
    with mock.patch("backend.services.chat_service.registry") as reg:
        reg.client.return_value = fake
        answer = ChatService(store, StubSearch()).ask_stream("s", "q", got.append)
    assert answer == "abc" and got == ["a", "b", "c"]


def test_fake_direct():
    fake = FakeOpenAI(reply="hi")
    resp = fake.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "hi"


def test_condense_returns_question_without_history(store):
    svc = ChatService(store, StubSearch())
    assert svc.condense_question("new", "what about topics?") == "what about topics?"


def test_export_markdown(store):
    svc = ChatService(store, StubSearch())
    svc.session("s").add("user", "hi")
    svc.session("s").add("assistant", "hello")
    assert svc.export_markdown("s") == "**You**: hi\n\n**Assistant**: hello"
