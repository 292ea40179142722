from pathlib import Path

import pytest

from labelkit import prompts
from labelkit.errors import ParseError, SpecError
from labelkit.spec import parse_spec

BASE = {
    "name": "toxicity-test",
    "provider": "bedrock",
    "model": "anthropic.claude-3-5-haiku-20241022-v1:0",
    "task": "classify",
    "labels": ["toxic", "clean"],
    "prompt": "Is this toxic? {text}\nLabels: {labels}",
    "input": "data.jsonl",
}


def test_parse_minimal():
    spec = parse_spec(dict(BASE))
    assert spec.provider == "bedrock"
    assert spec.max_tokens == 64
    assert spec.results_prefix() == "toxicity-test"


def test_bad_name():
    with pytest.raises(SpecError):
        parse_spec({**BASE, "name": "Bad Name"})


def test_needs_two_labels():
    with pytest.raises(SpecError):
        parse_spec({**BASE, "labels": ["toxic"]})


def test_prompt_file(tmp_path: Path):
    (tmp_path / "p.txt").write_text("Label: {text}")
    spec = parse_spec({**BASE, "prompt": "p.txt"}, base=tmp_path)
    assert spec.prompt_template == "Label: {text}"


@pytest.mark.parametrize("raw,expected", [
    ("toxic", "toxic"),
    ("Clean.", "clean"),
    ('{"label": "toxic"}', "toxic"),
    ("I think this is clean overall", "clean"),
])
def test_parse_label(raw, expected):
    assert prompts.parse_label(raw, ["toxic", "clean"]) == expected


def test_parse_label_fails():
    with pytest.raises(ParseError):
        prompts.parse_label("no idea", ["toxic", "clean"])


def test_fake_bedrock_adapter():
    from labelkit.plugins.bedrock import BedrockAdapter

    class FakeRuntime:
        def converse(self, **kwargs):
            assert kwargs["modelId"] == BASE["model"]
            return {"output": {"message": {"content": [{"text": "toxic"}]}},
                    "usage": {"inputTokens": 12, "outputTokens": 1}, "stopReason": "end_turn"}

    adapter = BedrockAdapter(parse_spec(dict(BASE)), client=FakeRuntime())
    result = adapter.label({"id": 1, "text": "you are awful"})
    assert result.label == "toxic"
    assert result.input_tokens == 12
