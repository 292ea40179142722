from unittest.mock import MagicMock

import pytest
from kserve.errors import InvalidInput

from kserve_predictors.chat_predictor import OpenAIChatPredictor


def test_predict_returns_completion(fake_openai):
    p = OpenAIChatPredictor("chat", "gpt-4o-mini")
    p.load()
    pre = p.preprocess({"instances": ["hello"]})
    out = p.predict(pre)
    assert out == {"predictions": ["ok"]}
    assert fake_openai.chat.completions.calls[0]["model"] == "gpt-4o-mini"


def test_rejects_empty_instances(fake_openai):
    p = OpenAIChatPredictor("chat")
    p.load()
    with pytest.raises(InvalidInput):
        p.preprocess({"instances": []})


def test_with_magicmock_client():
    p = OpenAIChatPredictor("chat", "gpt-4o-mini")
    p.client = MagicMock()
    p.client.chat.completions.create.return_value.choices = [MagicMock()]
    p.client.chat.completions.create.return_value.choices[0].message.content = "mocked"
    p.client.chat.completions.create.return_value.usage.prompt_tokens = 1
    p.client.chat.completions.create.return_value.usage.completion_tokens = 1
    out = p.predict({"messages": [[{"role": "user", "content": "x"}]], "parameters": {}, "_raw": {}})
    assert out["predictions"] == ["mocked"]
    p.client.chat.completions.create.assert_called_once()
