import pytest

from supportbot.clients import ClientBundle
from tests.fakes import FakeAnthropic, FakeCohere, FakeHTTP, FakeOpenAI, FakeVoyage


@pytest.fixture
def fake_clients():
    return ClientBundle(
        openai=FakeOpenAI(reply="Try turning it off and on again."),
        anthropic=FakeAnthropic(),
        voyage=FakeVoyage(),
        cohere_client=FakeCohere(),
        xai=FakeOpenAI(reply='{"score": 2, "reason": "calm"}'),
        http=FakeHTTP(),
    )
