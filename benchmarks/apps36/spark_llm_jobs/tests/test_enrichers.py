import json
from unittest import mock

from pyspark.sql import Row

from jobs.common.bedrock import invoke_claude
from jobs.common.embeddings import embed_openai
from jobs.common.prompts import PromptTemplate, format_reviews
from jobs.enrichers.openai_enricher import OpenAIEnricher
from tests.fakes import FakeBedrockRuntime, FakeOpenAI


def test_openai_enricher_with_fake(cfg_dict):
    fake = FakeOpenAI(content="tagline!")
    e = OpenAIEnricher(cfg_dict, PromptTemplate("Write a tagline for $title"), client=fake)
    res = list(e.enrich([Row(id="p1", title="Kettle")]))
    assert res[0].enrichment == "tagline!"
    assert fake.chat.completions.calls[0]["messages"][-1]["content"] == "Write a tagline for Kettle"


def test_embed_openai_batches():
    fake = FakeOpenAI()
    vecs = embed_openai(fake, ["a", "bb", None], model="text-embedding-3-small")
    assert len(vecs) == 3 and fake.embeddings.calls == 1


def test_invoke_claude_parses_body():
    rt = FakeBedrockRuntime(text="hello")
    text, inp, out = invoke_claude(rt, "anthropic.claude-3-haiku-20240307-v1:0", "hi")
    assert (text, inp, out) == ("hello", 3, 2)
    assert json.loads(rt.invocations[0]["body"])["anthropic_version"] == "bedrock-2023-05-31"


def test_anthropic_enricher_uses_backoff(cfg_dict):
    client = mock.MagicMock()
    client.messages.create.return_value = mock.Mock(content=[mock.Mock(type="text", text="ok")])
    with mock.patch("jobs.enrichers.anthropic_enricher.get_anthropic_client", return_value=client):
        from jobs.enrichers.anthropic_enricher import AnthropicEnricher

        e = AnthropicEnricher(cfg_dict, PromptTemplate("$text"))
        assert e.complete("hi") == "ok"
    client.messages.create.assert_called_once()


def test_prompt_template_generate_and_chat():
    t = PromptTemplate("Hello $name")
    assert t.generate(name="Ada") == "Hello Ada"
    msgs = t.chat(system="be brief", name="Ada")
    assert msgs[0]["role"] == "system" and msgs[1]["content"] == "Hello Ada"


def test_format_reviews_truncates():
    out = format_reviews(["a" * 10, "b" * 10, "c" * 10], max_chars=15)
    assert out == "1. " + "a" * 10
