from __future__ import annotations

import numpy as np
from hamilton import driver

from enrichment.dataflows import embeddings


def test_openai_variant_batches(fake_openai):
    out = embeddings.chunk_embeddings__openai(
        ["x", "y", "z"], openai_client=fake_openai, embedding_batch_size=2
    )
    assert out.shape == (3, 4)
    assert [c["n"] for c in fake_openai.embeddings.calls] == [2, 1]


def test_driver_wires_injected_client(fake_openai):
    dr = (
        driver.Builder()
        .with_modules(embeddings)
        .with_config({"embedding_provider": "openai"})
        .build()
    )
    res = dr.execute(
        ["normalized_embeddings"],
        inputs={"chunk_texts": ["a", "b"], "openai_client": fake_openai},
    )
    norms = np.linalg.norm(res["normalized_embeddings"], axis=1)
    assert np.allclose(norms[1:], 1.0)


def test_fake_client_records_model(fake_openai):
    fake_openai.embeddings.create(model="m", input=["q"])
    assert fake_openai.embeddings.calls[-1]["model"] == "m"
