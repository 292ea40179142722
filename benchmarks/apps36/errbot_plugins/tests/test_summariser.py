from unittest import mock

from fakes import FakeAnthropic, FakeOpenAI
from summariser import IncidentSummariser, classify_severity


def test_summarise_uses_system_prompt():
    fake = FakeAnthropic(reply="*Impact*: checkout down")
    s = IncidentSummariser(fake, model="claude-test")
    out = s.summarise("Checkout 500s", "12:00 alert fired")
    assert out == "*Impact*: checkout down"
    assert fake.calls[0]["model"] == "claude-test"
    assert "incident scribe" in fake.calls[0]["system"]


def test_prompt_tokens():
    s = IncidentSummariser(FakeAnthropic())
    assert s.prompt_tokens("t", "timeline") == 123


def test_classify_severity_falls_back_to_sev3():
    fake = FakeOpenAI(reply="maybe sev2?")
    with mock.patch("summariser.get_groq_client", return_value=fake):
        assert classify_severity("disk 91% on db-3") == "SEV3"


def test_classify_severity_parses_label():
    fake = FakeOpenAI(reply="sev1")
    with mock.patch("summariser.get_groq_client", return_value=fake):
        assert classify_severity("all pods crashlooping") == "SEV1"
    assert fake.calls[0]["max_tokens"] == 5
