from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock, patch

import pytest

from copilot.tools.claims import summarize_claim
from copilot.tools.dispatcher import ToolDispatcher
from copilot.tools.policy_lookup import PolicyNote, format_policy_card
from copilot.tools.quote import calculate, explain
from copilot.tools.underwriting import UnderwritingAdvisor
from tests.conftest import SAMPLE_POLICY
from tests.fakes import FakeAsyncOpenAI


@pytest.mark.asyncio
async def test_summarize_claim_redacts_pii(policy_admin, fake_anthropic):
    out = await summarize_claim("CLM-77", policy_admin, fake_anthropic)
    assert "Loss date" in out
    sent = fake_anthropic.messages.calls[0]["messages"][0]["content"]
    assert "123-45-6789" not in sent


def test_underwriting_uses_guardrail(fake_bedrock):
    advisor = UnderwritingAdvisor(fake_bedrock, model_id="test-model")
    result = advisor.check({"line": "homeowners", "year_built": 1920})
    assert result["needs_referral"] is False
    assert fake_bedrock.requests[0]["guardrailConfig"]["guardrailIdentifier"]


def test_quote_math():
    q = calculate("auto", "urban", prior_claims=1, multi_policy=True)
    assert q.total == round(820 * 1.22 + 0.15 * 820 - 82, 2)


@pytest.mark.asyncio
async def test_explain_quote_uses_litellm():
    fake = MagicMock(return_value=SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content="cheap"))]))
    with patch("copilot.tools.quote.litellm.completion", fake):
        text = await explain(calculate("renters", "rural", 0, False))
    assert text == "cheap"
    fake.assert_called_once()


@pytest.mark.asyncio
async def test_dispatcher_runs_tool_then_answers(policy_admin):
    tool_call = SimpleNamespace(
        id="call_1",
        function=SimpleNamespace(name="get_policy", arguments='{"policy_number": "HO-1002003"}'),
    )
    first = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(
            content=None, tool_calls=[tool_call], model_dump=lambda **_: {"role": "assistant", "tool_calls": []}
        ))]
    )
    llm = FakeAsyncOpenAI(replies=[first, "Jane's policy is in force."])
    with patch("copilot.tools.dispatcher.cl.Step") as step:
        step.return_value.__aenter__ = AsyncMock(return_value=MagicMock())
        step.return_value.__aexit__ = AsyncMock(return_value=False)
        out = await ToolDispatcher(llm, policy_admin, model="gpt-test").run([{"role": "user", "content": "status?"}])
    assert out == "Jane's policy is in force."
    assert len(llm.chat.completions.calls) == 2


def test_policy_card_and_note():
    card = format_policy_card(SAMPLE_POLICY)
    assert "HO-1002003" in card and "$350,000" in card
    note = PolicyNote.create(author="amy", body="x" * 5000)
    assert len(note.body) == 4000


@pytest.mark.asyncio
async def test_fake_anthropic_records_calls(fake_anthropic):
    resp = await fake_anthropic.messages.create(
        model="claude-test", max_tokens=10, messages=[{"role": "user", "content": "hi"}]
    )
    assert resp.content[0].text.startswith("- Loss date")
    assert fake_anthropic.messages.calls[0]["model"] == "claude-test"
