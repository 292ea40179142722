import datetime
from types import SimpleNamespace

from app.ai.summarizer import LongRecordSummarizer, RecordSummarizer
from tests.fakes import FakeAnthropic, FakeOpenAI


def _record(body="Reset the VPN token from the admin page."):
    return SimpleNamespace(
        id=1,
        title="VPN token reset",
        body=body,
        category=SimpleNamespace(name="access"),
        changed_on=datetime.datetime(2024, 5, 1),
    )


def test_summarize_uses_configured_model():
    fake = FakeOpenAI(reply="  - reset token  ")
    s = RecordSummarizer(fake, model="gpt-test")
    assert s.summarize(_record()) == "- reset token"
    call = fake.chat.completions.calls[0]
    assert call["model"] == "gpt-test"
    assert call["messages"][0]["role"] == "system"


def test_long_summarizer_uses_messages_api():
    fake = FakeAnthropic(reply="short")
    s = LongRecordSummarizer(fake, model="claude-test")
    assert s.summarize(_record("x" * 50000)) == "short"
    assert fake.messages.calls[0]["max_tokens"] == 800


def test_headline_strips_quotes():
    s = RecordSummarizer(FakeOpenAI(reply='"VPN tokens made easy"'))
    assert s.headline("anything") == "VPN tokens made easy"
