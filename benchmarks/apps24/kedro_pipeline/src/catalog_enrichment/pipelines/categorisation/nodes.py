"""Taxonomy assignment: embed -> shortlist -> rerank -> LLM pick."""
from __future__ import annotations

import functools
import logging

import litellm
import numpy as np
import pandas as pd

from catalog_enrichment.legacy.notebook_enrichment import client as legacy_client
from catalog_enrichment.llm import get_hf_client, get_openai_client, get_together_client
from catalog_enrichment.llm.batching import PromptBatch, fan_out_litellm
from catalog_enrichment.llm.prompts import TAXONOMY_PROMPT, render
from catalog_enrichment.llm.registry import clients
from catalog_enrichment.llm.retry import chunked, with_backoff

logger = logging.getLogger(__name__)


def _product_text(row: pd.Series) -> str:
    return f"{row['title']} | {row.get('brand', '')} | {str(row.get('description', ''))[:500]}"


def build_embedding_input(products: pd.DataFrame) -> pd.DataFrame:
    """Feeds the EmbeddingCacheDataset (``product_embeddings``), which embeds on save."""
    return pd.DataFrame({"sku": products["sku"], "text": products.apply(_product_text, axis=1)})


def embed_products(products: pd.DataFrame, params: dict) -> pd.DataFrame:
    """Together embeddings (m2-bert, 8k context) for the shortlist stage."""
    client = clients.get("together")
    texts = products.apply(_product_text, axis=1).tolist()
    vectors: list[list[float]] = []
    for batch in chunked(texts, params.get("batch_size", 64)):
        response = with_backoff(
            client.embeddings.create,
            model=params["embedding_model"],
            input=batch,
        )
        vectors.extend(d.embedding for d in response.data)
    return pd.DataFrame({"sku": products["sku"].values, "embedding": vectors})


def embed_taxonomy(taxonomy: pd.DataFrame, params: dict) -> pd.DataFrame:
    """Taxonomy labels are embedded with OpenAI (what the search team uses too)."""
    _embed = functools.partial(get_openai_client().embeddings.create, model=params.get("openai_embedding_model", "text-embedding-3-small"))
    labels = (taxonomy["path"].str.replace(">", " / ")).tolist()
    vectors: list[list[float]] = []
    for batch in chunked(labels, 512):
        resp = _embed(input=batch)
        vectors.extend(d.embedding for d in resp.data)
    return taxonomy.assign(embedding=vectors)


def embed_taxonomy_legacy(taxonomy: pd.DataFrame) -> pd.DataFrame:
    # kept for the A/B with the notebook version - remove after CAT-377 closes
    resp = legacy_client.embeddings.create(model="text-embedding-ada-002", input=taxonomy["path"].tolist())
    return taxonomy.assign(embedding=[d.embedding for d in resp.data])


def shortlist_categories(product_vectors: pd.DataFrame, taxonomy_vectors: pd.DataFrame, params: dict) -> pd.DataFrame:
    p = np.vstack(product_vectors["embedding"].to_numpy())
    t = np.vstack(taxonomy_vectors["embedding"].to_numpy())
    p = p / np.linalg.norm(p, axis=1, keepdims=True)
    t = t / np.linalg.norm(t, axis=1, keepdims=True)
    k = params.get("shortlist_k", 10)
    scores = p @ t.T
    top = np.argsort(-scores, axis=1)[:, :k]
    ids = taxonomy_vectors["category_id"].to_numpy()
    return pd.DataFrame({"sku": product_vectors["sku"], "candidates": [list(ids[row]) for row in top]})


def rerank_candidates(shortlist: pd.DataFrame, products: pd.DataFrame, taxonomy: pd.DataFrame, params: dict) -> pd.DataFrame:
    together = get_together_client()
    paths = taxonomy.set_index("category_id")["path"].to_dict()
    texts = products.set_index("sku").apply(_product_text, axis=1).to_dict()
    reranked = []
    for _, row in shortlist.iterrows():
        docs = [paths[c] for c in row["candidates"]]
        result = together.rerank.create(
            model=params["rerank_model"],
            query=texts[row["sku"]],
            documents=docs,
            top_n=params.get("rerank_top_n", 3),
        )
        ordered = [row["candidates"][r.index] for r in result.results]
        reranked.append({"sku": row["sku"], "candidates": ordered})
    return pd.DataFrame(reranked)


def classify_taxonomy(reranked: pd.DataFrame, products: pd.DataFrame, taxonomy: pd.DataFrame, params: dict) -> pd.DataFrame:
    paths = taxonomy.set_index("category_id")["path"].to_dict()
    prod = products.set_index("sku")
    picks = []
    for _, row in reranked.iterrows():
        candidates = "\n".join(f"{c}: {paths[c]}" for c in row["candidates"])
        prompt = render(
            TAXONOMY_PROMPT,
            title=prod.at[row["sku"], "title"],
            description=str(prod.at[row["sku"], "description"])[:800],
            candidates=candidates,
        )
        response = litellm.completion(
            model=params["model"],
            messages=[{"role": "user", "content": prompt}],
            temperature=0,
            max_tokens=16,
        )
        answer = response.choices[0].message.content.strip()
        picks.append({"sku": row["sku"], "category_id": answer if answer in paths else row["candidates"][0]})
    return pd.DataFrame(picks)


def classify_taxonomy_bulk(reranked: pd.DataFrame, products: pd.DataFrame, taxonomy: pd.DataFrame, params: dict) -> pd.DataFrame:
    """Threaded variant for the full-catalogue backfill (> 200k SKUs)."""
    paths = taxonomy.set_index("category_id")["path"].to_dict()
    prod = products.set_index("sku")
    prompts = [
        render(
            TAXONOMY_PROMPT,
            title=prod.at[sku, "title"],
            description="",
            candidates="\n".join(f"{c}: {paths[c]}" for c in cands),
        )
        for sku, cands in zip(reranked["sku"], reranked["candidates"])
    ]
    batch = PromptBatch.create(params["model"], reranked["sku"].tolist(), prompts)
    answers = fan_out_litellm(batch, max_workers=params.get("workers", 8))
    return pd.DataFrame({"sku": list(answers), "category_id": list(answers.values())})


def generate_seo_keywords(picks: pd.DataFrame, products: pd.DataFrame, llm_clients: dict, params: dict) -> pd.DataFrame:
    """SEO keywords with an open Llama model on Together (client injected by LLMClientHooks)."""
    together = llm_clients["together"]
    prod = products.set_index("sku")
    keywords = {}
    for sku in picks["sku"]:
        completion = together.chat.completions.create(
            model=params.get("seo_model", "meta-llama/Llama-3.3-70B-Instruct-Turbo"),
            messages=[
                {"role": "system", "content": "Return 8 comma-separated search keywords, lowercase, no brand names."},
                {"role": "user", "content": str(prod.at[sku, "title"])},
            ],
            max_tokens=60,
            temperature=0.3,
        )
        text = completion.choices[0].message.content or ""
        keywords[sku] = [k.strip() for k in text.split(",") if k.strip()][:8]
    return picks.assign(seo_keywords=picks["sku"].map(keywords))


def hf_fallback_labels(picks: pd.DataFrame, products: pd.DataFrame, params: dict) -> pd.DataFrame:
    """Open-model second opinion for SKUs where the pick is the 'misc' bucket."""
    misc = picks[picks["category_id"].astype(str).str.startswith("misc")]
    if misc.empty:
        return picks
    hf = get_hf_client(params["hf_model"])
    prod = products.set_index("sku")
    labels = {}
    for sku in misc["sku"]:
        generated = hf.text_generation(
            f"Suggest a short retail category for: {prod.at[sku, 'title']}\nCategory:",
            max_new_tokens=12,
            temperature=0.1,
        )
        labels[sku] = generated.strip().split("\n")[0]
    return picks.assign(suggested_label=picks["sku"].map(labels))
