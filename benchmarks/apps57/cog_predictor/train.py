"""Training entry point: rebuilds the exemplar store from a customer's captions.

Nothing is fine-tuned on GPU here; "training" means:
  1. clean + augment the uploaded captions with an LLM,
  2. drop near-duplicates using embeddings,
  3. embed the survivors with Voyage and ship them as ``exemplars.npz``.
"""
import json
import logging
import tarfile
import tempfile
from pathlib import Path as PPath

import numpy as np
import voyageai
from cog import BaseModel, Input, Path, Secret
from openai import OpenAI

from src.llm import make_fireworks_client
from src.retrieval import ExemplarStore, VoyageEmbedder
from src.utils.io import read_jsonl

logger = logging.getLogger("train")

AUGMENT_PROMPT = """Rewrite the caption in the "{style}" style. Keep every fact. Output only the caption.

Caption: {caption}"""


class TrainingOutput(BaseModel):
    weights: Path


def _augment(client: OpenAI, captions: list[str], style: str, model: str) -> list[str]:
    out: list[str] = []
    for cap in captions:
        resp = client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": AUGMENT_PROMPT.format(style=style, caption=cap)}],
            temperature=0.5,
        )
        out.append((resp.choices[0].message.content or cap).strip())
    return out


def _dedupe(client: OpenAI, captions: list[str], threshold: float = 0.95) -> list[str]:
    vectors: list[list[float]] = []
    for start in range(0, len(captions), 256):
        batch = captions[start : start + 256]
        resp = client.embeddings.create(model="text-embedding-3-small", input=batch)
        vectors.extend(d.embedding for d in resp.data)
    mat = np.asarray(vectors, dtype=np.float32)
    mat /= np.linalg.norm(mat, axis=1, keepdims=True) + 1e-8
    keep: list[int] = []
    for i in range(len(captions)):
        if all(float(mat[i] @ mat[j]) < threshold for j in keep):
            keep.append(i)
    return [captions[i] for i in keep]


def _quality_filter(fw_key: str, captions: list[str]) -> list[str]:
    fw = make_fireworks_client(fw_key)
    kept = []
    for cap in captions:
        r = fw.chat.completions.create(
            model="accounts/fireworks/models/llama-v3p1-8b-instruct",
            messages=[{"role": "user", "content": f"Is this a good, factual image caption? Answer yes or no.\n\n{cap}"}],
            max_tokens=1,
        )
        if (r.choices[0].message.content or "").strip().lower().startswith("y"):
            kept.append(cap)
    return kept


def train(
    captions_file: Path = Input(description="JSONL with a 'caption' field per line"),
    style: str = Input(choices=["literal", "descriptive", "poetic", "alt_text"], default="descriptive"),
    augment: bool = Input(description="Generate style-rewritten copies", default=True),
    quality_filter: bool = Input(description="Drop low-quality captions with an LLM judge", default=False),
    openai_api_key: Secret = Input(description="OpenAI key (augmentation + dedupe)"),
    voyage_api_key: Secret = Input(description="Voyage key (exemplar embeddings)"),
    fireworks_api_key: Secret = Input(description="Fireworks key (quality filter)", default=None),
    augment_model: str = Input(default="gpt-4o-mini"),
) -> TrainingOutput:
    rows = read_jsonl(captions_file)
    captions = [r["caption"].strip() for r in rows if r.get("caption")]
    logger.info("loaded %d captions", len(captions))

    oa = OpenAI(api_key=openai_api_key.get_secret_value())
    if augment:
        captions = captions + _augment(oa, captions[:500], style, augment_model)
    captions = _dedupe(oa, captions)
    if quality_filter and fireworks_api_key is not None:
        captions = _quality_filter(fireworks_api_key.get_secret_value(), captions)

    vo = voyageai.Client(api_key=voyage_api_key.get_secret_value())
    embedder = VoyageEmbedder(vo)
    store = ExemplarStore.create(captions, style=style)
    store.index(embedder)

    out_dir = PPath(tempfile.mkdtemp())
    store.save(out_dir / "exemplars.npz")
    (out_dir / "train_meta.json").write_text(json.dumps({"style": style, "count": len(store), "voyage_tokens": embedder.tokens_used}))
    tar_path = PPath("/tmp/trained_exemplars.tar")
    with tarfile.open(tar_path, "w") as tar:
        for f in out_dir.iterdir():
            tar.add(f, arcname=f.name)
    return TrainingOutput(weights=Path(tar_path))
