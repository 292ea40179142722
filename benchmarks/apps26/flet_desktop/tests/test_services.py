import asyncio
from unittest import mock

from counseldesk.services import contract_review, redaction, research
from counseldesk.services.drafting import DraftingService
from counseldesk.services.summarizer import MatterSummarizer
from counseldesk.services.token_budget import estimate_cost, split_for_context


def test_summarizer_parses_headline(fake_anthropic):
    s = MatterSummarizer(fake_anthropic, model="claude-haiku-4-5")
    out = s.summarize("Acme v. Beta", ["doc one", "doc two"])
    assert out.headline == "Headline"
    assert out.body == "Body"
    assert s.preflight(["x"]) == 1234


def test_fake_messages_record_calls(fake_anthropic):
    # sanity check on the fake itself
    fake_anthropic.messages.create(model="m", max_tokens=1, messages=[])
    assert fake_anthropic.messages.created[0]["model"] == "m"


def test_research_passes_domain_filter(fake_pplx):
    answer = asyncio.run(research.ask_perplexity(fake_pplx, "limitation period for contract claims", jurisdiction="UK"))
    assert "3 years" in answer.answer
    sent = fake_pplx.chat.completions.calls[0]
    assert "legislation.gov.uk" in sent["extra_body"]["search_domain_filter"]
    assert answer.citations == ["https://example.test/a"]


def test_drafting_stream_concatenates(fake_xai):
    svc = DraftingService(fake_xai)
    text = "".join(svc.stream_draft("demand", "unpaid invoice", "Beta Ltd"))
    assert text.strip() == "Dear Sir"


def test_contract_review_falls_back_to_json():
    client = mock.MagicMock()
    client.models.generate_content.return_value = mock.Mock(parsed=None, text='{"governing_law": "NY", "findings": []}')
    result = contract_review.review_contract(client, "This Agreement...")
    assert result.governing_law == "NY"
    kwargs = client.models.generate_content.call_args.kwargs
    assert kwargs["config"].response_mime_type == "application/json"


def test_screen_outgoing_redacts(monkeypatch, fake_openai):
    monkeypatch.setattr(redaction, "get_openai_client", lambda: fake_openai)
    report = redaction.screen_outgoing("Call me at 555-123-4567 or jane@example.com")
    assert report.counts == {"email": 1, "phone": 1}
    assert not report.flagged


def test_local_models_are_free():
    assert estimate_cost("llama3.1:8b", 10_000, 10_000) == 0.0


def test_known_price():
    assert estimate_cost("gpt-4.1", 1_000_000, 0) == 2.0


def test_split_keeps_paragraphs():
    text = "\n\n".join(["word " * 50] * 10)
    chunks = split_for_context(text, max_tokens=120)
    assert len(chunks) > 1
    assert all(c.strip() for c in chunks)
