from datetime import datetime, timedelta, timezone

from enrichment.dataflow import operators as steps
from enrichment.models import EnrichedRecord, InboundRecord
from tests.fakes import FakeBedrock


def _review(text="Great fit, washes well", rating=5, pid="sku-1"):
    return EnrichedRecord(record=InboundRecord(kind="review", id=text[:5], tenant="t", text=text,
                                               product_id=pid, rating=rating))


def test_drop_empty():
    assert steps.drop_empty(None) is None
    assert steps.drop_empty(InboundRecord(kind="ticket", id="1", tenant="t", text="hi")) is None


def test_accumulate_digest_buffers_until_threshold(monkeypatch):
    monkeypatch.setattr(steps, "summarise_reviews", lambda pid, texts: f"{pid}:{len(texts)}")
    state = None
    emitted = None
    for i in range(25):
        state, emitted = steps.accumulate_digest(state, _review(f"review number {i}"))
    assert state is None
    assert emitted.summary == "sku-1:25"
    assert emitted.avg_rating == 5


def test_accumulate_digest_window_expiry(monkeypatch):
    monkeypatch.setattr(steps, "summarise_reviews", lambda pid, texts: "x")
    old = steps.DigestState(opened=datetime.now(timezone.utc) - timedelta(hours=2))
    state, emitted = steps.accumulate_digest(old, _review())
    assert emitted is not None and emitted.review_count == 1


def test_digest_from_window_uses_worker_bedrock(monkeypatch):
    fake_ctx = steps.WorkerContext(bedrock=FakeBedrock())
    monkeypatch.setattr(steps, "ctx", lambda: fake_ctx)
    digest = steps.digest_from_window(("sku-9", (0, [_review(pid="sku-9")])))
    assert digest.summary == "fake digest"


def test_redact_pii_marks_meta():
    rec = InboundRecord(kind="ticket", id="1", tenant="t", text="mail me at jo@example.com please, order 123")
    out = steps.redact_pii(rec)
    assert "[EMAIL]" in out.text
    assert out.meta["pii_redacted"] == {"EMAIL": 1}


def test_moderate_routes_eu_tenants_to_guardrail(monkeypatch):
    calls = []
    monkeypatch.setattr(steps, "is_flagged_guardrail", lambda t: calls.append("guardrail") or False)
    monkeypatch.setattr(steps, "is_flagged", lambda t: calls.append("openai") or True)
    monkeypatch.setattr(steps, "ctx", lambda: steps.WorkerContext())
    eu = EnrichedRecord(record=InboundRecord(kind="ticket", id="1", tenant="acme-eu", text="x" * 20))
    us = EnrichedRecord(record=InboundRecord(kind="ticket", id="2", tenant="acme", text="x" * 20))
    assert steps.moderate(eu).flagged is False
    assert steps.moderate(us).flagged is True
    assert calls == ["guardrail", "openai"]
