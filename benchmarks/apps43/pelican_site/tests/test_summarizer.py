from unittest import mock

from pelican.plugins.ai_summary import ai_summary
from pelican.plugins.ai_summary.summarizer import ArticleSummarizer, ClaudeSummarizer

from fakes import FakeAnthropic, FakeArticle, FakeGenerator, FakeOpenAI


def test_openai_summarizer_uses_responses_api():
    fake = FakeOpenAI("Short.")
    s = ArticleSummarizer(fake, "gpt-4o-mini", max_words=20)
    assert s.summarize("Title", "Body text") == "Short."
    call = fake.responses.calls[0]
    assert call["model"] == "gpt-4o-mini"
    assert "20 words" in call["instructions"]


def test_claude_summarizer_joins_text_blocks():
    fake = FakeAnthropic("Claude says hi.")
    s = ClaudeSummarizer(fake, "claude-3-5-haiku-latest")
    assert s.summarize("T", "B") == "Claude says hi."
    assert fake.messages.calls[0]["max_tokens"] == 400


def test_generate_summaries_sets_metadata_and_caches(cache_dir):
    fake = FakeOpenAI("Cached summary.")
    art = FakeArticle("Hello world", "<p>Some words here.</p>")
    gen = FakeGenerator([art], cache_dir=cache_dir)
    with mock.patch.object(ai_summary, "get_openai", return_value=fake):
        ai_summary.generate_summaries(gen)
        art2 = FakeArticle("Hello world", "<p>Some words here.</p>")
        ai_summary.generate_summaries(FakeGenerator([art2], cache_dir=cache_dir))
    assert art.metadata["summary"] == "Cached summary."
    assert art2.metadata["summary"] == "Cached summary."
    assert len(fake.responses.calls) == 1


def test_direct_fake_call_shape():
    fake = FakeOpenAI("x")
    resp = fake.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert resp.choices[0].message.content == "x"


def test_tracked_backend_goes_through_service(cache_dir):
    art = FakeArticle("Tracked", "<p>Text.</p>")
    gen = FakeGenerator([art], cache_dir=cache_dir, AI_SUMMARY_BACKEND="tracked")
    service = mock.AsyncMock()
    service.generate_response.return_value = mock.Mock(content="via service")
    with mock.patch.object(ai_summary, "multi_model_service", service):
        ai_summary.generate_summaries(gen)
    assert art.metadata["summary"] == "via service"
