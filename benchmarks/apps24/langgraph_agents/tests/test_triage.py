from __future__ import annotations

from app.agents.classifier import (
    IntentPrediction,
    classify_intent,
    keyword_intent,
    moderate_input,
    route_after_classify,
)
from tests.fakes import FakeOpenAI


def test_keyword_intent():
    assert keyword_intent("Where is my parcel? No tracking yet") == "order_status"
    assert keyword_intent("hello there") is None


def test_classify_uses_configurable_client():
    fake = FakeOpenAI(parsed=IntentPrediction(intent="billing", confidence=0.91))
    out = classify_intent(
        {"messages": [{"role": "user", "content": "I was charged twice"}]},
        {"configurable": {"openai_client": fake}},
    )
    assert out == {"intent": "billing", "confidence": 0.91}
    assert fake.calls[0][0] == "chat.parse"


def test_classify_falls_back_to_keywords_when_unparsed():
    fake = FakeOpenAI(parsed=None)
    out = classify_intent(
        {"messages": [{"role": "user", "content": "I want a refund"}]},
        {"configurable": {"openai_client": fake}},
    )
    assert out["intent"] == "refund"
    assert out["confidence"] == 0.3


def test_moderation_flags():
    fake = FakeOpenAI()
    out = moderate_input(
        {"ticket_id": "T1", "messages": [{"role": "user", "content": "I will kill this app"}]},
        {"configurable": {"openai_client": fake}},
    )
    assert out["flagged"] is True


def test_fake_client_direct():
    fake = FakeOpenAI(replies=["refund"])
    resp = fake.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}])
    assert resp.choices[0].message.content == "refund"


def test_routing_low_confidence():
    assert route_after_classify({"intent": "refund", "confidence": 0.2, "attempts": 0}) == "fallback"
    assert route_after_classify({"intent": "refund", "confidence": 0.9}) == "refund_handoff"


def test_triage_graph_end_to_end(agent_context, saver, monkeypatch):
    """Full graph with fakes: research + escalation + summary nodes stubbed out."""
    from app.agents import knowledge, summarizer
    from app.graphs import builders
    from app.agents.responder import DraftResponder
    from tests.fakes import FakeAnthropic

    monkeypatch.setattr(builders, "get_perplexity_client", lambda: FakeOpenAI(replies=["no outages"]))
    monkeypatch.setattr(builders, "EscalationAgent", lambda: (lambda state: {"escalated": True}))
    monkeypatch.setattr(builders, "summarize_thread", lambda state, config=None: {"summary": "- billing question"})
    monkeypatch.setattr(knowledge, "_kb_tool", None)
    monkeypatch.setattr(
        knowledge.KBSearchTool, "search", lambda self, q, tenant_id, k=10: [{"title": "Double charges", "text": "..."}]
    )

    graph = builders.build_triage_graph(saver, responder=DraftResponder(FakeAnthropic("We refunded it."), "fake"))
    fake = FakeOpenAI(parsed=IntentPrediction(intent="billing", confidence=0.95))
    out = graph.invoke(
        {"ticket_id": "T1", "messages": [{"role": "user", "content": "charged twice"}], "attempts": 0},
        config={"configurable": {"thread_id": "t1", "openai_client": fake}},
        context=agent_context,
    )
    assert out["intent"] == "billing"
    assert out["draft"] == "We refunded it."
    assert out["qa_passed"] is True
    assert out["summary"] == "- billing question"
    assert [c[0] for c in fake.calls] == ["moderations.create", "chat.parse"]
    assert summarizer.settings.summary_model
