from unittest import mock

from services import clients
from services.provider_switch import ProviderSwitch


def test_resolve_aliases(config):
    switch = ProviderSwitch(config)
    assert switch.resolve("claude") == "anthropic"
    assert switch.resolve("pplx") == "perplexity"
    assert switch.resolve(None) == "openai"
    assert switch.resolve("nope") == "openai"


def test_openai_handler_uses_cached_client(config, fake_openai):
    with mock.patch.object(clients, "get_openai_client", return_value=fake_openai):
        out = ProviderSwitch(config).complete([{"role": "user", "content": "hi"}], provider="gpt")
    assert out.text == "fake answer"
    assert fake_openai.chat.completions.calls[0]["model"] == config.openai_model


def test_anthropic_handler_splits_system(config, fake_anthropic):
    with mock.patch.object(clients, "get_anthropic_client", return_value=fake_anthropic):
        out = ProviderSwitch(config).complete(
            [{"role": "system", "content": "be nice"}, {"role": "user", "content": "hi"}], provider="claude"
        )
    sent = fake_anthropic.messages.calls[0]
    assert sent["system"] == "be nice"
    assert out.input_tokens == 10


def test_litellm_handler(config):
    fake = mock.MagicMock()
    fake.choices[0].message.content = "ok"
    with mock.patch("services.provider_switch.litellm.completion", return_value=fake) as completion:
        out = ProviderSwitch(config).complete([{"role": "user", "content": "x"}], provider="any")
    completion.assert_called_once()
    assert out.text == "ok"


def test_fake_client_direct(fake_openai):
    resp = fake_openai.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "fake answer"
