"""Gradio demo: cluster pasted snippets with a local embedding model.

Runs fully on the Ollama box so customer text never leaves the network.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import gradio as gr
import numpy as np
import ollama
import pandas as pd

from toolkit.clients import get_ollama
from toolkit.config import settings

logger = logging.getLogger(__name__)

_local = get_ollama()


def embed_many(texts: list[str], workers: int = 8) -> np.ndarray:
    with ThreadPoolExecutor(max_workers=workers) as ex:
        responses = list(ex.map(partial(_local.embed, settings.ollama_embed_model), texts))
    return np.asarray([r["embeddings"][0] for r in responses], dtype=np.float32)


def kmeans(x: np.ndarray, k: int, iters: int = 25, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centroids = x[rng.choice(len(x), size=k, replace=False)]
    labels = np.zeros(len(x), dtype=int)
    for _ in range(iters):
        dists = ((x[:, None, :] - centroids[None, :, :]) ** 2).sum(-1)
        labels = dists.argmin(1)
        for j in range(k):
            if (labels == j).any():
                centroids[j] = x[labels == j].mean(0)
    return labels


def name_cluster(samples: list[str]) -> str:
    response = ollama.chat(
        model="llama3.1:8b",
        messages=[
            {"role": "system", "content": "Give a 2-4 word name for the common topic. Reply with the name only."},
            {"role": "user", "content": "\n".join(samples[:10])},
        ],
        options={"temperature": 0.2},
    )
    return response["message"]["content"].strip()


def local_models() -> list[str]:
    try:
        return [m["name"] for m in ollama.list()["models"]]
    except Exception:
        logger.warning("ollama not reachable", exc_info=True)
        return []


def explore(raw: str, k: int) -> pd.DataFrame:
    texts = [line.strip() for line in raw.splitlines() if line.strip()]
    if len(texts) < k:
        raise gr.Error(f"Need at least {k} snippets.")
    labels = kmeans(embed_many(texts), int(k))
    df = pd.DataFrame({"text": texts, "cluster": labels})
    names = {c: name_cluster(df.loc[df.cluster == c, "text"].tolist()) for c in sorted(df.cluster.unique())}
    df["topic"] = df["cluster"].map(names)
    return df.sort_values("cluster")


with gr.Blocks(title="Embedding Explorer") as demo:
    gr.Markdown(f"Local models available: {', '.join(local_models()) or 'none'}")
    raw = gr.Textbox(label="Snippets (one per line)", lines=15)
    k = gr.Slider(2, 12, value=5, step=1, label="Clusters")
    table = gr.Dataframe()
    gr.Button("Explore").click(explore, [raw, k], table)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    demo.launch(server_name="0.0.0.0", server_port=7862)
