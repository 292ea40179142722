from unittest import mock

from mitmproxy.test import taddons, tflow

from addons import session_summarizer
from tests.fakes import FakeAnthropic


def test_summarize_command_uses_claude():
    fake = FakeAnthropic(reply="- login then fetch profile")
    addon = session_summarizer.SessionSummarizer()
    with mock.patch.object(session_summarizer, "get_anthropic", return_value=fake):
        with taddons.context(addon) as tctx:
            tctx.configure(addon, summarize_anthropic_key="sk-ant-x")
            for _ in range(3):
                addon.response(tflow.tflow(resp=True))
            addon.summarize("address")
    assert fake.calls and fake.calls[0]["model"] == "claude-3-5-haiku-latest"


def test_sessions_listing():
    addon = session_summarizer.SessionSummarizer()
    with taddons.context(addon):
        addon.response(tflow.tflow(resp=True))
        assert addon.list_sessions() == ["address (1)"]


def test_fake_anthropic_direct():
    fake = FakeAnthropic()
    msg = fake.messages.create(model="claude", max_tokens=10, messages=[])
    assert msg.usage.output_tokens == 20
