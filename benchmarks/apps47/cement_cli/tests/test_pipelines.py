import asyncio
from unittest.mock import MagicMock, patch

from opsbot.pipelines.bedrock_batch import invoke_claude
from opsbot.pipelines.digest import DailyDigest
from opsbot.pipelines.explain import Explainer

from fakes import FakeAnthropic, FakeOpenAI


def test_explainer_uses_injected_client(tmp_path, monkeypatch):
    monkeypatch.setattr("opsbot.pipelines.explain.CACHE_DIR", str(tmp_path))
    anth = FakeAnthropic(reply="check the pool size")
    ex = Explainer(anth, FakeOpenAI(), model="claude-test")
    assert ex.explain("db pool exhausted") == "check the pool size"
    assert anth.calls[0]["model"] == "claude-test"


def test_one_liners(tmp_path, monkeypatch):
    monkeypatch.setattr("opsbot.pipelines.explain.CACHE_DIR", str(tmp_path))
    oa = FakeOpenAI(reply="pool exhausted")
    ex = Explainer(FakeAnthropic(), oa, model="m")
    assert ex.one_liners(["e1", "e2"]) == ["pool exhausted", "pool exhausted"]


def test_embed_signatures(tmp_path, monkeypatch):
    monkeypatch.setattr("opsbot.pipelines.explain.CACHE_DIR", str(tmp_path))
    ex = Explainer(FakeAnthropic(), FakeOpenAI(), model="m")
    vecs = asyncio.run(ex.embed_signatures(["a", "b"]))
    assert len(vecs) == 2


def test_invoke_claude_parses_body():
    runtime = MagicMock()
    runtime.invoke_model.return_value = {
        "body": MagicMock(read=lambda: b'{"content": [{"text": "hi"}], "usage": {"input_tokens": 3}}')
    }
    text, usage = invoke_claude(runtime, "anthropic.claude", "hello")
    assert text == "hi"
    assert usage["input_tokens"] == 3


def test_digest_merge_uses_router():
    router = MagicMock()
    router.completion.return_value.choices = [MagicMock(message=MagicMock(content="all good"))]
    d = DailyDigest(router, MagicMock())
    assert d.merge({"api": "fine"}) == "all good"
    router.completion.assert_called_once()


@patch("opsbot.pipelines.digest.litellm")
def test_headline(litellm_mock):
    async def fake_acompletion(**kw):
        return MagicMock(choices=[MagicMock(message=MagicMock(content=" Quiet day "))])

    litellm_mock.acompletion = fake_acompletion
    d = DailyDigest(MagicMock(), MagicMock())
    assert asyncio.run(d.headline("digest")) == "Quiet day"


def test_mocked_litellm_completion():
    with patch("litellm.completion") as completion:
        completion.return_value = MagicMock()
        import litellm

        litellm.completion(model="gpt-4o-mini", messages=[])
        completion.assert_called_once()
