from unittest.mock import MagicMock

import pytest

from netauto.tasks import explain
from fakes import FakeBundle


def test_explain_uses_openai_by_default(task, bundle):
    task.host.data["pending_diff"] = "+ ntp server 10.0.0.1"
    bundle.openai.chat.completions.reply = "adds an NTP server"
    result = explain.explain_diff(task)
    assert result.result == "ok"
    assert bundle.openai.chat.completions.calls[0]["model"] == "gpt-test"


def test_explain_anthropic(task, bundle):
    task.host.data["pending_diff"] = "- logging host 1.1.1.1"
    result = explain.explain_diff(task, provider="anthropic")
    assert result.result == "ok"
    assert bundle.anthropic.messages.calls[0]["system"].startswith("You are a senior")


def test_explain_bedrock_invoke_model(task):
    fake = FakeBundle()
    fake.bedrock = MagicMock()
    body = MagicMock()
    body.read.return_value = b'{"content": [{"text": "drops telnet"}]}'
    fake.bedrock.invoke_model.return_value = {"body": body}
    task.host.data.update(llm=fake, pending_diff="- transport input telnet")
    assert explain.explain_diff(task, provider="bedrock").result == "drops telnet"
    fake.bedrock.invoke_model.assert_called_once()


def test_explain_mistral(task):
    fake = FakeBundle()
    fake.mistral = MagicMock()
    fake.mistral.chat.complete.return_value.choices = [MagicMock(message=MagicMock(content="m"))]
    task.host.data.update(llm=fake, pending_diff="+ x")
    assert explain.explain_diff(task, provider="mistral").result == "m"


def test_no_diff_short_circuits(task):
    task.host.data["pending_diff"] = ""
    assert explain.explain_diff(task).result == "no changes"


@pytest.mark.parametrize("provider", ["watsonx"])
def test_watsonx_generate_text(task, provider):
    task.host.data["pending_diff"] = "+ y"
    assert explain.explain_diff(task, provider=provider).result == "ok"
