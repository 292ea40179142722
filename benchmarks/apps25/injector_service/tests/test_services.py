from __future__ import annotations

import json
from unittest.mock import MagicMock

import anthropic
from fakes import FakeAsyncAnthropic

from supportbot.keys import DeepSeekClient
from supportbot.services import DeclineContext, DisputeCase, DisputeSummarizer, FraudExplainer
from supportbot.services.provider_registry import ProviderRegistry
from supportbot.services.triage import Category, TriageService


def _ctx() -> DeclineContext:
    return DeclineContext("tx1", "5967", "MT", 250_00, ["velocity_high"], velocity_24h=9)


def test_customer_explanation(injector):
    assert injector.get(FraudExplainer).for_customer(_ctx()) == "deepseek says hi"


def test_agent_explanation_parses_json(injector):
    mock_client = MagicMock()
    mock_client.chat.completions.create.return_value.choices = [
        MagicMock(message=MagicMock(content=json.dumps({"explanation": "e", "signals": ["v"], "override_ok": True})))
    ]
    injector.binder.bind(DeepSeekClient, to=mock_client)
    out = injector.get(FraudExplainer).for_agent(_ctx())
    assert out["override_ok"] is True
    assert mock_client.chat.completions.create.call_args.kwargs["model"] == "deepseek-reasoner"


def test_dispute_summary_redacts(injector):
    case = DisputeCase("D-1", "ACME", 1999, "EUR", "my email is a@b.co", ["charged twice"])
    summary = injector.get(DisputeSummarizer).summarize(case)
    assert summary == "granite summary"


def test_registry_dispatches(injector):
    registry = injector.get(ProviderRegistry)
    assert registry.chat("deepseek-chat", [{"role": "user", "content": "hi"}]) == "deepseek says hi"
    assert "granite" in registry.names()


async def test_triage_reads_tool_call(injector):
    injector.binder.bind(
        anthropic.AsyncAnthropic,
        to=FakeAsyncAnthropic(tool_input={"category": "fraud", "urgency": 5, "rationale": "stolen card"}),
    )
    result = await injector.get(TriageService).triage("My card was stolen and used abroad")
    assert result.category is Category.FRAUD
    assert result.urgency == 5


async def test_triage_falls_back_without_tool_call(injector):
    injector.binder.bind(anthropic.AsyncAnthropic, to=FakeAsyncAnthropic(text="hmm"))
    result = await injector.get(TriageService).triage("???")
    assert result.category is Category.OTHER
