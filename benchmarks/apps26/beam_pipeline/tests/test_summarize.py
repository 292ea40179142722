from unittest import mock

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from newsenrich.transforms import summarize
from fakes import FakeAnthropic, FakeOpenAI


def test_openai_summarize_dofn_sets_summary(article):
    fake = FakeOpenAI(reply="  Rates unchanged.  ")
    fn = summarize.OpenAISummarizeDoFn()
    with mock.patch.object(summarize, "OpenAI", return_value=fake):
        fn.setup()
    out = list(fn.process(article))
    assert out[0].summary == "Rates unchanged."
    assert fake.calls[0]["model"] == "gpt-4o-mini"
    # direct call on the fake, for the retry path
    resp = fake.chat.completions.create(model="x", messages=[])
    assert resp.usage.prompt_tokens == 42


def test_claude_summarize_in_pipeline(article):
    with mock.patch.object(summarize.pool, "get_anthropic", return_value=FakeAnthropic("Held.")):
        with TestPipeline() as p:
            out = (
                p
                | beam.Create([article])
                | beam.ParDo(summarize.ClaudeSummarizeDoFn())
                | beam.Map(lambda a: a.summary)
            )
            assert_that(out, equal_to(["Held."]))


def test_tracked_summarizer_uses_service(article):
    async def fake_generate(**kwargs):
        assert kwargs["task_type"] == "summary"
        return "tracked summary"

    with mock.patch.object(summarize.multi_model_service, "generate_response", side_effect=fake_generate):
        fn = summarize.TrackedSummarizeDoFn()
        fn.setup()
        try:
            (result,) = list(fn.process(article))
        finally:
            fn.teardown()
    assert result.summary == "tracked summary"


def test_summarizer_for_rejects_unknown():
    import pytest

    with pytest.raises(ValueError):
        summarize.summarizer_for("gpt5-turbo-ultra")
