from unittest.mock import patch

from assistant.pipeline.drafting import ReplyDrafter
from assistant.pipeline.invoices import Invoice, InvoiceExtractor
from assistant.pipeline.summarise import ThreadSummariser
from assistant.templates import acknowledgement
from tests.fakes import FakeGenai, FakeOpenAI


def test_draft_uses_responses_api(parsed):
    fake = FakeOpenAI("Hi Jane, we're on it.")
    drafter = ReplyDrafter(client=fake, model="gpt-test")
    assert drafter.draft(parsed) == "Hi Jane, we're on it."
    assert fake.responses.last["model"] == "gpt-test"


def test_redraft(parsed):
    out = ReplyDrafter(client=FakeOpenAI("v2"), model="m").redraft(parsed, "v1", "shorter")
    assert out == "v2"


def test_invoice_extract_returns_model(parsed):
    inv = InvoiceExtractor(client=FakeOpenAI(), model="m").extract(parsed)
    assert isinstance(inv, Invoice)


def test_summary():
    s = ThreadSummariser(client=FakeGenai("Jane reports an outage."), model="g")
    assert s.summarise([{"from": "a", "date": "d", "subject": "s", "body": "b"}]) == "Jane reports an outage."


def test_looks_like_invoice_patched():
    with patch("assistant.pipeline.invoices.make_hf_client") as mk:
        mk.return_value.text_generation.return_value = " Yes"
        from assistant.pipeline.invoices import looks_like_invoice

        assert looks_like_invoice("Invoice #42, total 10 EUR")


def test_ack_template():
    assert "Jane" in acknowledgement("Jane")
