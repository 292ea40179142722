import asyncio
import json
from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

import pytest

from automation import summarise
from components.dashboard import OpsDashboard


class FakeGroq:
    def __init__(self):
        self.chat = SimpleNamespace(completions=MagicMock())
        self.chat.completions.create.return_value = SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content="CPU and memory for api."))]
        )


def test_dashboard_intro_static_without_llm(monkeypatch):
    monkeypatch.setattr("pulumi.runtime.is_dry_run", lambda: False)
    dash = OpsDashboard.__new__(OpsDashboard)
    dash._llm = None
    dash._model = "x"
    assert "api" in dash._intro("api")


def test_dashboard_intro_uses_llm(monkeypatch):
    monkeypatch.setattr("pulumi.runtime.is_dry_run", lambda: False)
    dash = OpsDashboard.__new__(OpsDashboard)
    dash._llm = FakeGroq()
    dash._model = "llama-3.1-8b-instant"
    body = dash._body("api", "cluster-1")
    assert body["widgets"][0]["properties"]["markdown"] == "CPU and memory for api."
    dash._llm.chat.completions.create.assert_called_once()


def test_flatten_masks_secrets():
    outs = {"url": SimpleNamespace(value="https://x", secret=False),
            "password": SimpleNamespace(value="hunter2", secret=True)}
    data = json.loads(summarise._flatten(outs))
    assert data == {"url": "https://x", "password": "[secret]"}


def test_summarise_openai_uses_responses(monkeypatch):
    fake = MagicMock()
    fake.responses.create = AsyncMock(return_value=SimpleNamespace(output_text="- all good"))
    monkeypatch.setattr(summarise, "get_async_openai", lambda: fake)
    assert asyncio.run(summarise.summarise_outputs_openai({"a": 1})) == "- all good"


@pytest.mark.parametrize("provider", ["openai"])
def test_sync_wrapper(monkeypatch, provider):
    async def fake(outputs):
        return "summary"

    monkeypatch.setattr(summarise, "summarise_outputs_openai", fake)
    assert summarise.summarise_outputs({}, provider=provider) == "summary"
