from __future__ import annotations

import json
from types import SimpleNamespace
from unittest.mock import MagicMock

import pandas as pd
import pytest

from catalog_enrichment.llm.registry import ClientNotRegisteredError, clients
from catalog_enrichment.llm.structured import anthropic_json, complete_json, parse_json_loose
from catalog_enrichment.pipelines.attribute_extraction import nodes


def test_extract_attributes_uses_catalog_client(products, fake_openai):
    out = nodes.extract_attributes(products, fake_openai, {"model": "gpt-4o-mini"})
    assert list(out["sku"]) == ["A1", "B2"]
    assert out.loc[0, "colour"] == "white"
    assert all(c["response_format"] == {"type": "json_object"} for c in fake_openai.recorder.calls)


def test_extract_attributes_handles_garbage(products):
    client = MagicMock()
    client.chat.completions.create.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content="sorry, I can't"))]
    )
    out = nodes.extract_attributes(products, client, {"model": "gpt-4o-mini"})
    assert out["colour"].isna().all()
    assert client.chat.completions.create.call_count == len(products)


def test_structured_requires_registry(products):
    with pytest.raises(ClientNotRegisteredError):
        nodes.extract_attributes_structured(products, {"model": "gpt-4o-mini"})


def test_structured_reads_parsed(products):
    parsed = nodes.ProductAttributes(colour="navy", material="wool")
    client = MagicMock()
    client.beta.chat.completions.parse.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(refusal=None, parsed=parsed))]
    )
    clients.register("openai", client, default_model="gpt-4o-mini")
    out = nodes.extract_attributes_structured(products, {"model": "gpt-4o-mini"})
    assert set(out["colour"]) == {"navy"}
    client.beta.chat.completions.parse.assert_called()


def test_complete_json_helper(fake_openai):
    data, usage = complete_json(fake_openai, "gpt-4o-mini", "sys", "user")
    assert data["material"] == "cotton"
    assert usage == {"input_tokens": 10, "output_tokens": 5}


def test_anthropic_json_prefill(fake_anthropic):
    fake_anthropic.messages._reply = '"colour": "red"}'
    data, _ = anthropic_json(fake_anthropic, "claude-3-5-haiku-20241022", "sys", "user")
    assert data == {"colour": "red"}
    assert fake_anthropic.recorder.calls[0]["messages"][-1] == {"role": "assistant", "content": "{"}


def test_fake_messages_signature(fake_anthropic):
    # guards against the fake drifting from the real SDK signature
    reply = fake_anthropic.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=10,
        messages=[{"role": "user", "content": "hi"}],
    )
    assert reply.usage.output_tokens == 30


@pytest.mark.parametrize(
    "text,expected",
    [
        ('{"a": 1}', {"a": 1}),
        ('```json\n{"a": 1}\n```', {"a": 1}),
        ('Here you go: {"a": 1} hope it helps', {"a": 1}),
    ],
)
def test_parse_json_loose(text, expected):
    assert parse_json_loose(text) == expected


def test_fill_missing_with_claude(monkeypatch, products, fake_anthropic):
    fake_anthropic.messages._reply = json.dumps({"colour": "oak", "material": "wood"})
    monkeypatch.setattr(nodes, "get_anthropic_client", lambda: fake_anthropic)
    attrs = pd.DataFrame({"sku": ["A1", "B2"], **{k: [None, None] for k in nodes.ATTRIBUTE_KEYS}})
    out = nodes.fill_missing_with_claude(attrs, products, {"fallback_model": "claude-3-5-haiku-20241022"})
    assert out.set_index("sku").at["B2", "material"] == "wood"
