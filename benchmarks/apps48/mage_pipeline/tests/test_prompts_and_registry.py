from unittest import mock

import litellm
import pytest

from mage_pipeline.utils import prompts, registry


def test_truncate_thread_keeps_newest():
    out = prompts.truncate_thread(['old ' * 10, 'new'], max_chars=10)
    assert out == 'new'


@pytest.mark.parametrize('raw,expected', [
    ('```json\n{"a": 1}\n```', {'a': 1}),
    ('noise {"a": 2} trailing', {'a': 2}),
    ('', {'d': 0}),
])
def test_parse_json_reply(raw, expected):
    assert prompts.parse_json_reply(raw, {'d': 0}) == expected


def test_registry_lists_providers():
    assert {'together', 'cohere', 'litellm'} <= set(registry.available())


def test_litellm_completer_with_mock_response():
    # litellm's built-in mock_response: no network, no cost
    resp = litellm.completion(model='gpt-4o-mini', messages=[{'role': 'user', 'content': 'hi'}],
                              mock_response='0.5')
    assert resp.choices[0].message.content == '0.5'


def test_get_completer_patched():
    with mock.patch.object(registry, 'litellm') as fake_litellm:
        fake_litellm.completion.return_value.choices = [mock.Mock(message=mock.Mock(content='-0.2'))]
        assert registry.get_completer('litellm')('p', 'm') == '-0.2'


@pytest.mark.parametrize('text,area', [
    ('My invoice shows a double charge', 'billing'),
    ('Webhook returns 429 from the API', 'api'),
    ('SSO via SAML stopped working for admins', 'admin'),
    ('hello', 'other'),
])
def test_guess_product_area(text, area):
    assert prompts.guess_product_area(text) == area


def test_redact_pii():
    out = prompts.redact_pii('card 4111 1111 1111 1111, mail a.b@example.com, call +1 415 555 0100')
    assert '[card]' in out and '[email]' in out and '[phone]' in out


def test_chunk_text_overlap():
    chunks = prompts.chunk_text('x' * 5000, size=2000, overlap=200)
    assert len(chunks) == 3
    with pytest.raises(ValueError):
        prompts.chunk_text('x', size=10, overlap=10)


def test_build_reply_prompt_without_articles():
    text = prompts.build_reply_prompt('billing', 'summary', [])
    assert '- (none)' in text


def test_registry_unknown_provider():
    with pytest.raises(KeyError):
        registry.get_completer('does-not-exist')


def test_cost_estimate_known_model():
    from mage_pipeline.utils.costs import estimate_cost
    assert estimate_cost('gpt-4o-mini', 1_000_000, 0) == pytest.approx(0.15)


def test_multi_model_service_routes(monkeypatch):
    import asyncio
    from types import SimpleNamespace
    import mage_pipeline.utils.services.multi_model_service as svc_mod
    from mage_pipeline.utils.services.multi_model_service import MultiModelService, TaskComplexity

    async def fake_acompletion(**kwargs):
        return SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=kwargs['model']))],
            usage=SimpleNamespace(prompt_tokens=1, completion_tokens=1),
        )

    monkeypatch.setattr(svc_mod.litellm, 'acompletion', fake_acompletion)
    svc = MultiModelService()
    out = asyncio.run(svc.generate_response('hi', complexity=TaskComplexity.AGENTIC))
    assert out == 'anthropic/claude-3-5-sonnet-20241022'
