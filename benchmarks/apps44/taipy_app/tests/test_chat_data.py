import pandas as pd
import pytest

from algos import chat_data
from tests.fakes import FakeOpenAI


def test_extract_expression():
    assert chat_data.extract_expression("```python\ndf['x'].sum()\n```") == "df['x'].sum()"
    assert chat_data.extract_expression("no code") is None


def test_run_expression_refuses_imports():
    with pytest.raises(ValueError):
        chat_data.run_expression(pd.DataFrame(), "__import__('os')")


def test_explain_result_uses_client(monkeypatch):
    fake = FakeOpenAI("It is 3.")
    monkeypatch.setattr(chat_data, "get_openai_client", lambda: fake)
    assert chat_data.explain_result("how many?", "len(df)", 3) == "It is 3."
    sent = fake.chat.completions.calls[0]
    assert sent["model"] == "gpt-4o-mini"


def test_fake_client_shape():
    fake = FakeOpenAI("hi")
    resp = fake.chat.completions.create(model="m", messages=[])
    assert resp.choices[0].message.content == "hi"
