from unittest import mock

from common import registry


def test_unknown_provider():
    try:
        registry.get_generator("nope")
    except ValueError as exc:
        assert "nope" in str(exc)
    else:
        raise AssertionError


def test_openai_generator_uses_factory(fake_openai):
    fake_openai.chat.completions.content = "hello"
    with mock.patch.object(registry, "get_openai_client", return_value=fake_openai):
        assert registry.get_generator("openai")("hi", "sys", 10) == "hello"
