from __future__ import annotations

from unittest.mock import AsyncMock

import pandas as pd

from catalog_enrichment.pipelines.description_generation import nodes
from tests.conftest import FakeMistral


def _attributes():
    return pd.DataFrame({"sku": ["A1", "B2"], "colour": ["white", None], "material": ["cotton", "oak"]})


def test_generate_descriptions_skips_long_form(products, fake_anthropic):
    out = nodes.generate_descriptions(products, _attributes(), fake_anthropic, {"model": "claude-x"})
    assert list(out["sku"]) == ["A1"]
    assert out.loc[0, "output_tokens"] == 30
    assert fake_anthropic.recorder.calls[0]["max_tokens"] == 600


def test_translate_descriptions_sync():
    descriptions = pd.DataFrame({"sku": ["A1"], "description_en": ["A soft tee."]})
    fake = FakeMistral(prefix="[fr] ")
    out = nodes.translate_descriptions(
        descriptions,
        {"mistral": fake},
        {"target_locales": ["fr-FR"], "translation_model": "mistral-small-latest"},
    )
    assert out.loc[0, "description_fr_fr"] == "[fr] A soft tee."
    assert fake.chat.calls[0]["model"] == "mistral-small-latest"


def test_marketing_taglines_go_through_tracked_service(monkeypatch, products):
    service = AsyncMock()
    service.generate_response.return_value = '"Soft. Simple. Yours."'
    monkeypatch.setattr(nodes, "multi_model_service", service)
    descriptions = pd.DataFrame({"sku": ["A1"], "description_en": ["x"]})
    out = nodes.generate_marketing_taglines(descriptions, products)
    assert out.loc[0, "tagline"] == "Soft. Simple. Yours."
    service.generate_response.assert_awaited_once()


def test_summarise_reviews_uses_hf(monkeypatch):
    class _FakeHF:
        def __init__(self, **kwargs):
            self.kwargs = kwargs

        def chat_completion(self, messages, **kwargs):
            from types import SimpleNamespace

            return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content="Customers like it."))])

    monkeypatch.setattr(nodes, "InferenceClient", _FakeHF)
    reviews = pd.DataFrame({"sku": ["A1", "A1"], "review_text": ["great", "fits well"]})
    out = nodes.summarise_reviews(reviews, {"review_summary_model": "zephyr"})
    assert out.loc[0, "review_summary"] == "Customers like it."
