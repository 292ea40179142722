from types import SimpleNamespace

import pytest

from jobs.summarize import Summarizer
from tests.fakes import FakeAnthropic


class _FakeStream:
    def __init__(self, text):
        self.text_stream = iter([text])
        self._final = SimpleNamespace(
            content=[SimpleNamespace(type="text", text=text)],
            usage=SimpleNamespace(input_tokens=500, output_tokens=80),
        )

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def get_final_message(self):
        return self._final


@pytest.fixture
def summarizer():
    # Bypass Modal: build the plain user class and inject fakes instead of running @enter.
    s = object.__new__(Summarizer._get_user_cls())
    s.claude = FakeAnthropic()
    s.claude.messages.stream = lambda **kw: _FakeStream("streamed summary")
    s.bedrock_claude = FakeAnthropic("bedrock summary")
    return s


def test_messages_embed_transcript(summarizer):
    msgs = summarizer._messages("hello world", "podcast", "culture")
    assert msgs[0]["role"] == "user"
    assert "hello world" in msgs[0]["content"] and "culture" in msgs[0]["content"]


def test_fits_uses_token_count(summarizer):
    assert summarizer._fits([{"role": "user", "content": "x"}])


def test_stream_summary(summarizer):
    text, usage = summarizer._stream_summary([{"role": "user", "content": "x"}])
    assert text == "streamed summary"
    assert usage == {"input": 500, "output": 80, "via": "anthropic"}


def test_bedrock_summary_uses_bedrock_model(summarizer):
    text, usage = summarizer._bedrock_summary([{"role": "user", "content": "x"}])
    assert text == "bedrock summary"
    assert usage["via"] == "bedrock"
    assert summarizer.bedrock_claude.recorder.calls[0]["model"].startswith("us.anthropic")


def test_fake_bedrock_direct_call(summarizer):
    msg = summarizer.bedrock_claude.messages.create(model="us.anthropic.x", max_tokens=10, messages=[])
    assert msg.usage.output_tokens == 20
