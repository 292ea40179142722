from __future__ import annotations

from unittest import mock

import pytest

from acme_airflow_llm.operators.anthropic import AnthropicMessageOperator
from acme_airflow_llm.operators.openai import OpenAIChatOperator
from acme_airflow_llm.operators.summarize import TrackedLLMOperator


def test_openai_chat_operator_pushes_usage(fake_openai):
    ti = mock.MagicMock()
    op = OpenAIChatOperator(task_id="t", prompt="hello", system_prompt="be brief")
    assert op.execute({"ti": ti}) == "ok"
    call = fake_openai.chat.completions.calls[0]
    assert call["messages"][0]["role"] == "system"
    ti.xcom_push.assert_called_once()


def test_anthropic_operator_sync(fake_anthropic):
    op = AnthropicMessageOperator(task_id="t", prompt="hi", system="sys")
    assert op.execute({}) == "hello from fake claude"
    assert fake_anthropic.messages.calls[0]["system"] == "sys"


def test_anthropic_operator_defers():
    op = AnthropicMessageOperator(task_id="t", prompt="hi", deferrable=True)
    with pytest.raises(Exception) as exc:
        op.execute({})
    assert "TaskDeferred" in type(exc.value).__name__


def test_tracked_operator_uses_service():
    with mock.patch(
        "acme_airflow_llm.operators.summarize.multi_model_service.generate_response",
        new=mock.AsyncMock(return_value="tracked"),
    ) as gen:
        op = TrackedLLMOperator(task_id="t", prompt="p", complexity="agentic")
        assert op.execute({}) == "tracked"
        gen.assert_awaited_once()


def test_fake_client_directly():
    from tests.conftest import FakeOpenAIClient

    client = FakeOpenAIClient("x")
    resp = client.chat.completions.create(model="gpt-4o", messages=[])
    assert resp.choices[0].message.content == "x"
