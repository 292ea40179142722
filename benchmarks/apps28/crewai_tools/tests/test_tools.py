from __future__ import annotations

import json
from types import SimpleNamespace
from unittest.mock import MagicMock, patch

from marketcrew.crews import content_crew
from marketcrew.tools import quick_tools
from marketcrew.tools.copywriter_tool import CopywriterTool


def test_copywriter_run_uses_channel_rules(fake_openai):
    with patch("marketcrew.tools.copywriter_tool.get_openai", return_value=fake_openai), patch(
        "marketcrew.tools.copywriter_tool.get_async_openai", return_value=MagicMock()
    ):
        tool = CopywriterTool()
    out = tool._run(product="Acme", audience="agencies", channel="x")
    assert out == "PASS"
    sent = fake_openai.completions.calls[0]["messages"][1]["content"]
    assert "270 characters" in sent


def test_policy_check_reports_flags(fake_openai):
    fake_openai.flag_all = True
    with patch.object(quick_tools, "get_openai", return_value=fake_openai):
        result = json.loads(quick_tools.policy_check.run(text="some copy"))
    assert result == {"flagged": True, "categories": ["hate"]}


def test_guardrail_passes_and_fails():
    client = MagicMock()
    client.with_options.return_value = client
    client.chat.completions.create.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content="FAIL: no CTA"))]
    )
    with patch.object(content_crew, "get_openai", return_value=client):
        ok, reason = content_crew.copy_guardrail(SimpleNamespace(raw="Buy our thing"))
    assert not ok and reason == "no CTA"
    client.chat.completions.create.assert_called_once()


def test_mock_client_shape():
    client = MagicMock()
    client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert client.chat.completions.create.call_args.kwargs["model"] == "gpt-4o-mini"
