from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest
from kedro.io import DatasetError

from catalog_enrichment.datasets import EmbeddingCacheDataset, LLMClientDataset
from catalog_enrichment.llm.batching import PromptBatch
from catalog_enrichment.llm.registry import ClientRegistry


def test_llm_client_dataset_is_read_only():
    ds = LLMClientDataset(provider="openai", credentials={"api_key": "sk-test"})
    with pytest.raises(DatasetError):
        ds.save(None)


def test_llm_client_dataset_unknown_provider():
    ds = LLMClientDataset(provider="cohere")
    with pytest.raises(DatasetError):
        ds.load()


def test_llm_client_dataset_caches_client(monkeypatch):
    built = []
    monkeypatch.setattr(LLMClientDataset, "_build", lambda self: built.append(1) or object())
    ds = LLMClientDataset(provider="openai")
    assert ds.load() is ds.load()
    assert len(built) == 1


def test_embedding_cache_only_embeds_new_rows(tmp_path, fake_openai):
    ds = EmbeddingCacheDataset(filepath=str(tmp_path / "emb.parquet"), credentials={"api_key": "sk-test"})
    ds._client = fake_openai
    ds.save(pd.DataFrame({"sku": ["A1", "B2"], "text": ["tee", "table"]}))
    ds.save(pd.DataFrame({"sku": ["A1", "C3"], "text": ["tee", "lamp"]}))
    embedded = [c["input"] for c in fake_openai.recorder.calls]
    assert embedded == [["tee", "table"], ["lamp"]]
    assert set(ds.load()["sku"]) == {"A1", "B2", "C3"}


def test_prompt_batch_create_is_local():
    batch = PromptBatch.create("gpt-4o-mini", ["A1", "B2"], ["p1", "p2"])
    assert len(batch) == 2 and batch.items["B2"] == "p2"


def test_registry_default_model():
    reg = ClientRegistry()
    reg.register("mistral", SimpleNamespace(), default_model="mistral-small-latest")
    assert reg.default_model("mistral") == "mistral-small-latest"
    assert "mistral" in reg
