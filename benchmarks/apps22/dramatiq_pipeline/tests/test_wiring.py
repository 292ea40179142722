"""Wiring tests: pipeline composition and the provider registry."""
from unittest import mock

from claimsdoc import pipelines
from claimsdoc.pipelines import DocumentRef
from claimsdoc.providers import get_provider, override
from claimsdoc.providers.base import BaseProvider, Completion
from claimsdoc.providers.openai_provider import OpenAIProvider
from fakes import FakeOpenAI


def test_document_pipeline_shape():
    p = pipelines.document_pipeline("C1", DocumentRef("D1", "raw/C1/a.pdf"))
    names = [m.actor_name for m in p.messages]
    assert names == ["ocr_document", "classify_document", "extract_fields", "embed_document"]


def test_large_document_uses_windowed_ocr():
    p = pipelines.document_pipeline("C1", DocumentRef("D1", "raw/C1/a.pdf", page_count=400))
    assert p.messages[0].actor_name == "ocr_large_document"


def test_tracked_flag_switches_classifier():
    p = pipelines.document_pipeline("C1", DocumentRef("D1", "k"), tracked=True)
    assert p.messages[1].actor_name == "classify_document_tracked"


def test_process_claim_enqueues_group(broker):
    with mock.patch.object(pipelines.group, "run") as run:
        g = pipelines.process_claim("C2", [DocumentRef("D1", "k1"), DocumentRef("D2", "k2")])
    run.assert_called_once()
    assert len(g.children) == 2


class EchoProvider(BaseProvider):
    name = "echo"

    def complete(self, prompt, *, system=None, max_tokens=800, json_mode=False):
        return Completion(text=prompt[::-1], model="echo")


def test_override_returns_fake():
    override("openai", EchoProvider())
    out = get_provider("openai").complete("abc")
    assert out.text == "cba"


def test_openai_provider_with_injected_client():
    fake = FakeOpenAI(replies=["hello"])
    prov = OpenAIProvider(client=fake, model="gpt-test")
    assert prov.complete("hi", system="s").text == "hello"
    assert fake.calls[0]["messages"][0] == {"role": "system", "content": "s"}


def test_bedrock_provider_uses_cached_runtime():
    from claimsdoc.providers import bedrock_provider

    rt = mock.Mock()
    rt.converse.return_value = {"output": {"message": {"content": [{"text": "ok"}]}}, "usage": {}}
    with mock.patch.object(bedrock_provider, "get_bedrock_runtime", return_value=rt):
        out = bedrock_provider.BedrockProvider().complete("ping")
    assert out.text == "ok"
