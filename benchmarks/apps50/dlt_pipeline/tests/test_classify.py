import json

from enrichment.classify import TicketClassifier, classify_ticket, classify_with_claude
from tests.fakes import FakeAnthropic, FakeOpenAI


def test_classify_ticket_parses_json(ticket):
    fake = FakeOpenAI(replies=[json.dumps({"label": "billing", "confidence": 0.93, "reason": "double charge"})])
    result = classify_ticket(ticket, client=fake)
    assert result.label == "billing"
    assert result.confidence == 0.93
    assert fake.calls[0]["response_format"] == {"type": "json_object"}


def test_unknown_label_becomes_other(ticket):
    fake = FakeOpenAI(replies=[json.dumps({"label": "spam", "confidence": 0.5})])
    assert classify_ticket(ticket, client=fake).label == "other"


def test_claude_second_opinion(ticket):
    fake = FakeAnthropic(text=json.dumps({"label": "billing", "confidence": 0.7}))
    result = classify_with_claude(ticket, client=fake)
    assert result.label == "billing"
    assert fake.calls[0]["max_tokens"] == 300


def test_low_confidence_is_escalated(fake_openai, fake_anthropic, ticket):
    fake_openai.replies = [json.dumps({"label": "bug", "confidence": 0.2})]
    clf = TicketClassifier(threshold=0.6)
    [result] = clf.classify_batch([ticket])
    assert clf.stats == {"classified": 1, "escalated": 1}
    assert result.label == "billing"


def test_fake_client_direct_call_shape():
    fake = FakeOpenAI()
    resp = fake.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert resp.choices[0].message.content
