from unittest import mock

import pytest

from tests.fakes import FakeAnthropic, FakeOpenAI
from wikiai import registry
from wikiai.costs import estimate_cost
from wikiai.wikitext import StubStats


def test_resolve_unknown_alias_defaults_to_openai():
    spec = registry.resolve('gpt-5-experimental')
    assert spec.provider == 'openai'


@pytest.mark.parametrize('alias,fake', [
    ('gpt-mini', FakeOpenAI('hi')),
    ('claude-haiku', FakeAnthropic('hi')),
])
def test_complete_dispatch(alias, fake):
    with mock.patch.object(registry, 'client_for', return_value=fake):
        assert registry.complete(alias, 'sys', 'user') == 'hi'


def test_estimate_cost():
    spec = registry.MODEL_REGISTRY['gpt-mini']
    assert estimate_cost(spec, 1_000_000, 0) == pytest.approx(0.15)


def test_stub_stats_completion():
    assert StubStats('short').completion() < 0.1
