"""Build and execute the enrichment DAG.

    python run.py --input data/batch.jsonl --profile prod
    python run.py --input data/eval.jsonl --eval
"""
from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import yaml
from hamilton import driver
from hamilton.io.materialization import to

from enrichment import adapters, clients, materializers  # noqa: F401  (registers savers)
from enrichment.dataflows import ALL_MODULES
from enrichment.evaluation import judge, metrics

logger = logging.getLogger("enrich")

PROFILES = {
    "dev": {
        "openai_backend": "public",
        "chunker": "tokens",
        "embedding_provider": "openai",
        "summary_provider": "openai",
        "entity_backend": "openai",
        "keyword_provider": "deepseek",
        "rerank_provider": "none",
        "caption_backend": "skip",
        "translate": False,
        "judge": "openai",
        "faq_backend": "template",
    },
    "prod": {
        "openai_backend": "azure",
        "chunker": "paragraphs",
        "embedding_provider": "voyage",
        "summary_provider": "anthropic",
        "entity_backend": "claude",
        "keyword_provider": "together",
        "rerank_provider": "voyage",
        "caption_backend": "replicate",
        "translate": True,
        "judge": "claude",
        "faq_backend": "openai",
    },
    "backfill": {
        "openai_backend": "public",
        "chunker": "tokens",
        "embedding_provider": "together",
        "summary_provider": "cerebras",
        "entity_backend": "openai",
        "keyword_provider": "deepseek",
        "rerank_provider": "together",
        "caption_backend": "replicate_default",
        "translate": False,
        "judge": "openai",
        "faq_backend": "tracked",
    },
}

FINAL_VARS = [
    "documents",
    "chunk_embeddings",
    "summaries",
    "entities_json",
    "labels_frame",
    "keyword_strings",
    "preview_chunks",
    "captions",
]


def build_driver(profile: str, extra_config: dict | None = None, evaluate: bool = False) -> driver.Driver:
    cfg = {**PROFILES[profile], **(extra_config or {})}
    modules = [clients, *ALL_MODULES]
    if evaluate:
        modules += [judge, metrics]
    return (
        driver.Builder()
        .with_modules(*modules)
        .with_config(cfg)
        .with_adapters(adapters.NodeTimer(), adapters.FailureTriage(enabled=profile == "prod"), adapters.ConfigEcho())
        .build()
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--input", required=True)
    ap.add_argument("--profile", default="dev", choices=sorted(PROFILES))
    ap.add_argument("--config", help="YAML with config overrides")
    ap.add_argument("--out", default="out")
    ap.add_argument("--eval", action="store_true")
    ap.add_argument("--visualize", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)

    extra = yaml.safe_load(Path(args.config).read_text()) if args.config else {}
    dr = build_driver(args.profile, extra, evaluate=args.eval)
    inputs = {"input_path": args.input}

    if args.visualize:
        dr.display_all_functions(f"{args.out}/dag.png")
        return

    if args.eval:
        eval_ids = json.loads(Path(args.input).with_suffix(".ids.json").read_text())
        result = dr.execute(["eval_report"], inputs={**inputs, "eval_ids": eval_ids, "reference_summaries": None})
        print(json.dumps(result["eval_report"], indent=2))
        return

    materialize = [
        to.npy(id="embeddings_npy", dependencies=["chunk_embeddings"], path=f"{args.out}/embeddings.npy"),
        to.parquet(id="docs_parquet", dependencies=["documents"], path=f"{args.out}/documents.parquet"),
    ]
    _, results = dr.materialize(*materialize, additional_vars=FINAL_VARS, inputs=inputs)
    logger.info("done: %s", sorted(results))


if __name__ == "__main__":
    main()
