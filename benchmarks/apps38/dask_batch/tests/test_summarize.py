from unittest import mock

from enrich.tasks.summarize import summarize_group, summarize_group_raw


def test_summarize_group_uses_converse(fake_bundle):
    out = summarize_group(("sku-1", [{"body": "great"}, {"body": "battery died"}]))
    assert out["summary"].startswith("Good value")
    assert out["input_tokens"] == 100
    assert fake_bundle.bedrock.calls[0]["modelId"].startswith("anthropic.")


def test_summarize_group_empty(fake_bundle):
    assert summarize_group(("sku-2", [{"body": ""}]))["n_reviews"] == 0


def test_summarize_raw(fake_bundle):
    out = summarize_group_raw(("sku-3", [{"body": "ok"}]))
    assert out["summary"] == "Good value, battery complaints."


def test_mocked_boto_client():
    rt = mock.MagicMock()
    rt.converse.return_value = {"output": {"message": {"content": [{"text": "hi"}]}}, "usage": {}}
    resp = rt.converse(modelId="anthropic.claude-3-haiku-20240307-v1:0", messages=[])
    assert resp["output"]["message"]["content"][0]["text"] == "hi"
