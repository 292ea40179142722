from enrichment.models import InboundRecord
from enrichment.stages import classify as classify_mod
from tests.fakes import FakeCohere, FakeOpenAI


def _ticket(text="I was charged twice for my order"):
    return InboundRecord(kind="ticket", id="t1", tenant="acme", text=text)


def test_classify_record_uses_injected_client():
    fake = FakeOpenAI()
    out = classify_mod.classify_record(_ticket(), client=fake)
    assert out.category == "billing"
    assert fake.chat.completions.calls[0]["temperature"] == 0


def test_classify_record_bad_json_falls_back():
    fake = FakeOpenAI(content="not json")
    assert classify_mod.classify_record(_ticket(), client=fake).category == "other"


def test_review_low_rating_overrides_positive(monkeypatch):
    monkeypatch.setattr(classify_mod, "get_cohere", lambda: FakeCohere())
    rec = InboundRecord(kind="review", id="r1", tenant="acme", text="fine i guess", rating=1)
    assert classify_mod.classify_review(rec).sentiment == "neutral"


def test_fake_completion_shape():
    fake = FakeOpenAI()
    resp = fake.chat.completions.create(model="x", messages=[])
    assert resp.usage.prompt_tokens == 10


def test_pii_redaction_luhn():
    from enrichment.stages.pii import redact

    assert redact("card 4111 1111 1111 1111 thanks").counts == {"CARD": 1}
    assert redact("ref 1234 5678 9012 3456").counts.get("CARD") is None
