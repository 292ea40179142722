from zmq_workers.protocol import Job
from zmq_workers.workers import summarize

from .fakes import FakeAnthropic, FakeOpenAI, FakeStore


def make_worker(monkeypatch, reply="a short summary"):
    fake = FakeOpenAI(reply)
    monkeypatch.setattr(summarize, "get_openai_client", lambda: fake)
    monkeypatch.setattr(summarize, "get_anthropic_client", lambda: FakeAnthropic())
    monkeypatch.setattr(summarize, "get_genai_client", lambda: object())
    w = summarize.Worker()
    w.store = FakeStore()
    return w, fake


def test_summarize_direct(monkeypatch):
    w, fake = make_worker(monkeypatch)
    out = w.summarize(Job.create("summarize", text="long text " * 50, max_words=20))
    assert out["summary"] == "a short summary"
    assert fake.chat.completions.calls[0]["max_tokens"] == 60


def test_fake_client_shape():
    fake = FakeOpenAI("x")
    resp = fake.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert resp.choices[0].message.content == "x"


def test_handlers_table(monkeypatch):
    w, _ = make_worker(monkeypatch)
    assert set(w.handlers) == {"summarize", "summarize_long", "transcribe", "title"}
