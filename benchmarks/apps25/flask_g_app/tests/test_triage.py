from groq import RateLimitError
from unittest import mock

from app.services.ticket_triage import TriageResult, TriageService
from tests.fakes import FakeOpenAIStyleClient


def _service(groq, openrouter=None):
    return TriageService(groq, openrouter, groq_model="llama-3.1-8b-instant", fallback_model="fb")


def test_classify_uses_groq():
    groq = FakeOpenAIStyleClient()
    result = _service(groq).classify("Payslip wrong", "My March payslip is missing overtime")
    assert result.category == "payroll"
    assert result.priority == "high"
    assert groq.calls[0][0] == "chat.completions.create"


def test_pii_is_redacted_before_sending():
    groq = FakeOpenAIStyleClient()
    _service(groq).classify("Call me", "reach me at jane.doe@example.com or +1 415 555 0100")
    sent = groq.calls[0][1]["messages"][1]["content"]
    assert "example.com" not in sent
    assert "[phone]" in sent


def test_falls_back_to_openrouter_on_rate_limit():
    groq = FakeOpenAIStyleClient()
    groq.raise_on_create = RateLimitError("slow down", response=mock.MagicMock(), body=None)
    router = FakeOpenAIStyleClient('{"category": "leave", "priority": "low"}')
    result = _service(groq, router).classify("PTO", "How many days left?")
    assert result.provider == "openrouter"
    assert result.category == "leave"


def test_bad_json_defaults():
    assert TriageResult.from_json("not json", "groq").category == "other"
