from app.enrich.classify import Classification, ReviewClassifier, to_record
from tests.fakes import FakeOpenAI


def test_classifier_parses_structured_output():
    fake = FakeOpenAI('{"sentiment": "negative", "topics": ["shipping"], "urgent": true}')
    clf = ReviewClassifier(client=fake, model="gpt-4o-mini")
    result = clf.classify({"text": "Box arrived crushed", "rating": 1, "product_id": "p1"})
    assert result.sentiment == "negative"
    assert result.urgent is True
    assert fake.completions.calls[0]["model"] == "gpt-4o-mini"


def test_fake_chat_create_records_call():
    fake = FakeOpenAI("hello")
    resp = fake.chat.completions.create(model="x", messages=[])
    assert resp.choices[0].message.content == "hello"


def test_to_record_keeps_original_fields():
    rec = to_record({"review_id": "r1", "text": "ok"}, Classification(sentiment="positive"))
    assert rec["review_id"] == "r1"
    assert rec["classification"]["sentiment"] == "positive"
