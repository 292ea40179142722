from unittest import mock

from mage_pipeline.utils.enricher import EnricherConfig, TicketEnricher
from mage_pipeline.utils.llm import classify_ticket, summarize_thread
from tests.fakes import FakeOpenAI


def test_classify_ticket_parses_json(fake_openai):
    result = classify_ticket(fake_openai, 'Invoice wrong', 'I was charged twice')
    assert result['category'] == 'billing'
    assert fake_openai.chat.completions.calls[0]['response_format'] == {'type': 'json_object'}


def test_classify_ticket_unknown_label_becomes_other():
    client = FakeOpenAI('{"category": "spaceships", "confidence": 0.99}')
    assert classify_ticket(client, 's', 'b')['category'] == 'other'


def test_summarize_thread_joins_text_blocks(fake_anthropic):
    assert summarize_thread(fake_anthropic, 'long thread') == 'Customer cannot export invoices.'
    assert fake_anthropic.messages.calls[0]['max_tokens'] == 400


def test_enricher_rerank_orders_by_cohere(fake_openai, fake_anthropic, fake_cohere):
    enricher = TicketEnricher(fake_openai, fake_anthropic, fake_cohere, EnricherConfig(top_n=2))
    articles = [{'title': 'a'}, {'title': 'b'}, {'title': 'c'}]
    ranked = enricher.rerank_articles('export', articles)
    assert [a['title'] for a in ranked] == ['a', 'b']


def test_enricher_draft_reply_uses_mocked_client():
    anthropic_client = mock.MagicMock()
    anthropic_client.messages.create.return_value.content = [mock.Mock(text='Hi there')]
    enricher = TicketEnricher(mock.MagicMock(), anthropic_client)
    assert enricher.draft_reply('billing', 'summary', []) == 'Hi there'
    anthropic_client.messages.create.assert_called_once()


def test_classify_with_cohere_fallback():
    from types import SimpleNamespace
    from mage_pipeline.utils.llm import classify_with_cohere

    class _Co:
        def chat(self, **kwargs):
            text = '{"category": "bug_report", "confidence": 0.7}'
            return SimpleNamespace(message=SimpleNamespace(content=[SimpleNamespace(text=text)]))

    assert classify_with_cohere(_Co(), 'crash', 'app crashes on login')['category'] == 'bug_report'


def test_reply_template_generate():
    from mage_pipeline.utils.schemas import ReplyTemplate
    tpl = ReplyTemplate(name='ack', body='Hi {{name}}, we got ticket {{id}}.')
    assert tpl.generate(name='Sam', id=42) == 'Hi Sam, we got ticket 42.'


def test_enrichment_run_create():
    from mage_pipeline.utils.schemas import EnrichmentRun
    run = EnrichmentRun.create('ticket_enrichment').finish(10, failures=1)
    assert run.ticket_count == 10 and run.duration_s >= 0
