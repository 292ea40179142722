from types import SimpleNamespace
from unittest import mock

import pytest

from termcoder.exceptions import FinishReasonLength
from termcoder.models import Model
from termcoder.providers import sendchat


def _chat_response(text, finish="stop"):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text), finish_reason=finish)],
        usage=SimpleNamespace(prompt_tokens=10, completion_tokens=3),
    )


@pytest.fixture
def openai_model():
    model = Model("gpt-4.1-mini")
    model._client = mock.MagicMock()
    return model


def test_send_openai_non_streaming(openai_model):
    openai_model._client.chat.completions.create.return_value = _chat_response("hello")
    reply = sendchat.send_completion(openai_model, [{"role": "user", "content": "hi"}])
    assert reply.text == "hello"
    assert reply.input_tokens == 10
    kwargs = openai_model._client.chat.completions.create.call_args.kwargs
    assert kwargs["model"] == "gpt-4.1-mini"


def test_length_finish_raises(openai_model):
    openai_model._client.chat.completions.create.return_value = _chat_response("partial", "length")
    with pytest.raises(FinishReasonLength):
        sendchat.send_completion(openai_model, [{"role": "user", "content": "hi"}])


def test_litellm_fallback_for_unknown_models():
    model = Model("openrouter/qwen/qwen3-coder")
    with mock.patch.object(sendchat, "litellm") as fake:
        fake.completion.return_value = _chat_response("ok")
        fake.completion_cost.return_value = 0.0001
        reply = sendchat.send_completion(model, [{"role": "user", "content": "hi"}])
    assert reply.text == "ok"
    fake.completion.assert_called_once()


def test_simple_send_returns_none_on_provider_error(openai_model):
    import openai

    err = openai.BadRequestError("bad", response=mock.MagicMock(status_code=400), body=None)
    openai_model._client.chat.completions.create.side_effect = err
    assert sendchat.simple_send_with_retries(openai_model, [{"role": "user", "content": "hi"}]) is None
