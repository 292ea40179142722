from app.models import Conversation
from app.summarizer import SummarizerService
from features.support.fakes import FakeAnthropic, FakeOpenAI


def _conv():
    conv = Conversation(id="c1")
    conv.append("user", "I want a refund")
    conv.append("assistant", "Refunds take 5-7 days")
    return conv


def test_summary_uses_usage():
    fake = FakeAnthropic(text=" short summary ")
    svc = SummarizerService(client=fake, fallback=FakeOpenAI())
    summary = svc.summarize(_conv())
    assert summary.text == "short summary"
    assert summary.input_tokens == 10


def test_token_estimate():
    svc = SummarizerService(client=FakeAnthropic(), fallback=FakeOpenAI())
    assert svc.estimate_input_tokens(_conv()) == 42


def test_fake_messages_direct():
    fake = FakeAnthropic(text="x")
    reply = fake.messages.create(model="m", max_tokens=1, messages=[])
    assert reply.content[0].text == "x"


def test_fallback_on_overload(monkeypatch):
    svc = SummarizerService(client=FakeAnthropic(), fallback=FakeOpenAI(replies=["fallback text"]))
    summary = svc._summarize_fallback(_conv(), "system prompt")
    assert summary.text == "fallback text"
    assert summary.output_tokens == 5
