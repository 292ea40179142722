from unittest import mock

import pytest

from reporters.llm_status_push import LLMStatusPush
from tests.fakes import FakeAnthropic


@pytest.fixture
def reporter():
    r = LLMStatusPush.__new__(LLMStatusPush)
    r.provider = "anthropic"
    return r


def test_anthropic_summary(reporter):
    fake = FakeAnthropic(reply="the worker ran out of disk")
    fake.with_options = lambda **kw: fake
    with mock.patch("reporters.llm_status_push.get_anthropic_client", return_value=fake):
        assert reporter._summarize_anthropic("log") == "the worker ran out of disk"
    assert fake.messages.calls[0]["max_tokens"] == 400


def test_direct_fake_call():
    fake = FakeAnthropic(reply="x")
    resp = fake.messages.create(model="claude-3-5-haiku-20241022", max_tokens=5,
                                messages=[{"role": "user", "content": "hi"}])
    assert resp.content[0].text == "x"


def test_status_2xx(reporter):
    assert reporter.isStatus2XX(204)
    assert not reporter.isStatus2XX(500)
