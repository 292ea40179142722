import asyncio
from types import SimpleNamespace
from unittest import mock

import pytest

from tests.conftest import FakeAnthropic, FakeOpenAI


def test_chat_text_uses_given_client():
    from f.common import llm

    fake = FakeOpenAI("hello")
    assert llm.chat_text(fake, "sys", "user") == "hello"
    assert fake.completions.calls[0]["model"] == llm.DEFAULT_OPENAI_MODEL


def test_client_for_unknown_provider():
    from f.common import llm

    with pytest.raises(ValueError):
        llm.client_for("cohere")


def test_first_text_skips_tool_blocks():
    from f.common.llm import first_text

    msg = SimpleNamespace(content=[SimpleNamespace(type="tool_use", input={}),
                                   SimpleNamespace(type="text", text="hi")])
    assert first_text(msg) == "hi"


def test_with_retry_retries_rate_limits(monkeypatch):
    from f.common import retry

    monkeypatch.setattr(retry.time, "sleep", lambda s: None)
    err = Exception("429")
    err.status_code = 429
    fn = mock.Mock(side_effect=[err, "done"])
    assert retry.with_retry(fn, 1, attempts=3) == "done"
    assert fn.call_count == 2


def test_with_retry_does_not_retry_400(monkeypatch):
    from f.common import retry

    err = Exception("bad request")
    err.status_code = 400
    fn = mock.Mock(side_effect=err)
    with pytest.raises(Exception):
        retry.with_retry(fn)
    assert fn.call_count == 1


def test_multi_model_service_records_usage(monkeypatch):
    from f.common import multi_model_service as mms

    persisted = []

    async def fake_persist(self, log):
        persisted.append(log)

    monkeypatch.setattr(mms.llm_tracker.__class__, "_persist", fake_persist)
    monkeypatch.setattr(mms.llm, "get_async_anthropic", lambda: _AsyncWrap(FakeAnthropic("deep")))

    out = asyncio.run(mms.multi_model_service.generate_response(
        "plan", task_type="test", complexity=mms.TaskComplexity.AGENTIC))
    assert out == "deep"
    assert persisted[0].input_tokens == 12
    assert persisted[0].output_tokens == 7


class _AsyncWrap:
    def __init__(self, inner):
        self.messages = SimpleNamespace(create=self._create)
        self._inner = inner

    async def _create(self, **kw):
        return self._inner.messages.create(**kw)


def test_cost_calculation():
    from f.ops.cost_report import calculate_cost

    assert float(calculate_cost("gpt-4o-mini", 1_000_000, 0)) == pytest.approx(0.15)
    assert calculate_cost("unknown", 10, 10) == 0


def test_cosine():
    from f.common.embeddings import cosine

    assert cosine([1, 0], [1, 0]) == pytest.approx(1.0)
    assert cosine([1, 0], [0, 1]) == pytest.approx(0.0)
    assert cosine([0, 0], [1, 1]) == 0.0


def test_guess_from_filename():
    from f.docs.classify_document import guess_from_filename

    assert guess_from_filename("uploads/2024/INV-2291.pdf") == "invoice"
    assert guess_from_filename("uploads/acme_NDA_signed.pdf") == "nda"
    assert guess_from_filename("uploads/scan_0001.pdf") is None


def test_classify_document_uses_model_when_unknown(wm, monkeypatch):
    from f.docs import classify_document

    fake = FakeOpenAI()
    monkeypatch.setattr(classify_document, "get_openai_client", lambda: fake)
    monkeypatch.setattr(classify_document, "upload_pdf", lambda client, key: SimpleNamespace(id="file-1"))
    out = classify_document.main("uploads/scan_0001.pdf")
    assert out["label"] == "invoice"
    assert out["source"] == "model"
    assert fake.responses.calls[0]["model"] == "gpt-4.1-mini"
    assert wm.state["counts"] == {"invoice": 1}


def test_lead_rule_score():
    from f.crm.lead_score import rule_score

    assert rule_score({"jobtitle": "VP Operations", "employees": 500, "country": "DE"}) == 50
    assert rule_score({"jobtitle": "Student"}) == 0


def test_subject_scoring():
    from f.email.subject_lines import score_subject

    assert score_subject("Quick question about your WMS rollout") == 1.0
    assert score_subject("FREE upgrade!!! act now") < 0.5


def test_truncate_middle():
    from f.common.prompts import truncate_middle

    text = "a" * 100 + "b" * 100
    out = truncate_middle(text, limit=50)
    assert out.startswith("a" * 25) and out.endswith("b" * 25)
