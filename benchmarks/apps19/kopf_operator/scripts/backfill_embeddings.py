#!/usr/bin/env python
"""Backfill embeddings for the prompt library (one-off, run from a laptop).

Reads prompt templates from the PromptJobs in a namespace and writes
<name>.npy-ish JSON vectors for the dedup dashboard.
"""
from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import Embeddings

from aiops_operator.clients import make_genai_client
from aiops_operator.constants import GROUP, PROMPTJOBS, VERSION
from aiops_operator.kube import custom_objects


def load_prompts(namespace: str) -> dict[str, str]:
    items = custom_objects().list_namespaced_custom_object(GROUP, VERSION, namespace, PROMPTJOBS)["items"]
    return {i["metadata"]["name"]: i["spec"].get("prompt", "") for i in items if i["spec"].get("prompt")}


def embed_watsonx(texts: list[str]) -> list[list[float]]:
    embedder = Embeddings(
        model_id="ibm/slate-125m-english-rtrvr-v2",
        credentials=Credentials(url=os.environ["WATSONX_URL"], api_key=os.environ["WATSONX_APIKEY"]),
        project_id=os.environ["WATSONX_PROJECT_ID"],
    )
    return embedder.embed_documents(texts=texts)


def embed_vertex(texts: list[str]) -> list[list[float]]:
    client = make_genai_client(os.environ["GOOGLE_CLOUD_PROJECT"], os.getenv("GOOGLE_CLOUD_LOCATION", "europe-west4"))
    out: list[list[float]] = []
    for start in range(0, len(texts), 100):
        resp = client.models.embed_content(model="text-embedding-005", contents=texts[start : start + 100])
        out.extend(e.values for e in resp.embeddings)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--namespace", required=True)
    parser.add_argument("--backend", choices=["watsonx", "vertex"], default="vertex")
    parser.add_argument("--out", type=Path, default=Path("embeddings"))
    args = parser.parse_args()

    prompts = load_prompts(args.namespace)
    names = sorted(prompts)
    texts = [prompts[n] for n in names]
    vectors = embed_watsonx(texts) if args.backend == "watsonx" else embed_vertex(texts)

    args.out.mkdir(parents=True, exist_ok=True)
    for name, vec in zip(names, vectors):
        (args.out / f"{name}.json").write_text(json.dumps(vec))
    print(f"wrote {len(vectors)} vectors to {args.out}")


if __name__ == "__main__":
    main()
