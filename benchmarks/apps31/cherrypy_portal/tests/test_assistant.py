import types
from unittest import mock

from portal.services.assistant_service import AssistantService, QuickAnswerer
from tests.conftest import FakeAnthropic, FakeOpenAIish


def _customer():
    return types.SimpleNamespace(name="Dana", plan="pro")


def test_reply_keeps_history(fake_session):
    client = FakeAnthropic("sure, here is how")
    svc = AssistantService(client, "claude-test")
    assert svc.reply(_customer(), "how do I reset my password?") == "sure, here is how"
    assert len(fake_session["assistant_history"]) == 2
    assert client.messages.calls[0]["model"] == "claude-test"


def test_fallback_used_when_claude_fails(fake_session):
    broken = FakeAnthropic()
    broken.messages.create = mock.Mock(side_effect=RuntimeError("overloaded"))
    fallback = QuickAnswerer(FakeOpenAIish("groq fallback"), model="tiny")
    svc = AssistantService(broken, "claude-test", fallback=fallback)
    assert svc.reply(_customer(), "hi") == "groq fallback"


def test_direct_fake_call_shape():
    client = FakeAnthropic("x")
    resp = client.messages.create(model="m", max_tokens=5, messages=[])
    assert resp.usage.output_tokens == 7


def test_count_tokens(fake_session):
    svc = AssistantService(FakeAnthropic(), "claude-test")
    assert svc.count_prompt_tokens(_customer(), "hello") == 42


class _FakeResponses:
    def __init__(self, scripted):
        self.scripted = list(scripted)
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return self.scripted.pop(0)


def test_invoice_agent_runs_tool_then_answers():
    from portal.services.assistant_service import InvoiceAgent

    call = types.SimpleNamespace(type="function_call", call_id="c1", name="get_plan")
    first = types.SimpleNamespace(output=[call], output_text="")
    final = types.SimpleNamespace(output=[], output_text="You are on the pro plan.")
    client = types.SimpleNamespace(responses=_FakeResponses([first, final]))
    billing = mock.Mock()
    agent = InvoiceAgent(client, billing, types.SimpleNamespace(id=1, name="Dana", plan="pro"))

    assert agent.answer("what plan am I on?") == "You are on the pro plan."
    assert len(client.responses.calls) == 2
    tool_output = client.responses.calls[1]["input"][-1]
    assert tool_output["type"] == "function_call_output"
    assert '"pro"' in tool_output["output"]


def test_invoice_agent_gives_up(fake_session):
    from portal.services.assistant_service import InvoiceAgent

    call = types.SimpleNamespace(type="function_call", call_id="c", name="list_invoices")
    looping = [types.SimpleNamespace(output=[call], output_text="") for _ in range(2)]
    client = types.SimpleNamespace(responses=_FakeResponses(looping))
    billing = mock.Mock()
    billing.invoices.return_value = []
    agent = InvoiceAgent(client, billing, types.SimpleNamespace(id=1, name="D", plan="basic"), max_turns=2)
    assert "billing ticket" in agent.answer("invoices?")
