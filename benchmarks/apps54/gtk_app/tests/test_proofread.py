import json

from quill.features import proofread
from quill.usage import estimate_cost, format_cost

from .fakes import FakeOpenAI


def test_parse_suggestions_ignores_noops():
    payload = json.dumps({"edits": [
        {"original": "teh", "replacement": "the", "reason": "typo"},
        {"original": "same", "replacement": "same", "reason": ""},
    ]})
    out = proofread.parse_suggestions(payload)
    assert [s.replacement for s in out] == ["the"]


def test_parse_suggestions_bad_json():
    assert proofread.parse_suggestions("not json") == []


def test_proofread_uses_json_mode():
    client = FakeOpenAI(replies=[json.dumps({"edits": [{"original": "recieve", "replacement": "receive"}]})])
    result = proofread.proofread("I recieve mail.", client)
    assert result[0].replacement == "receive"
    assert client.calls[0]["response_format"] == {"type": "json_object"}


def test_fake_client_direct():
    client = FakeOpenAI(replies=["{}"])
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "{}"


def test_empty_text_short_circuits():
    client = FakeOpenAI()
    assert proofread.proofread("   ", client) == []
    assert client.calls == []


def test_local_models_are_free():
    assert estimate_cost("llama3.2", 10_000, 10_000) == 0.0


def test_known_model_cost():
    assert round(estimate_cost("gpt-4o-mini", 1_000_000, 0), 2) == 0.15


def test_format_cost():
    assert format_cost(0.001) == "< $0.01"
    assert format_cost(1.234) == "$1.23"
