"""Embed the help-center + listing corpus for semantic search."""
from __future__ import annotations

import logging

import pandas as pd

from enrich import io
from enrich.cluster import cluster_session
from enrich.config import load_settings
from enrich.lib import get_openai
from enrich.tasks.embed import count_tokens, embed_partition, embed_partition_hf, embed_partition_together
from jobs._common import base_parser, setup_logging

log = logging.getLogger("jobs.embed_corpus")

EMBED_META = pd.DataFrame({
    "doc_id": pd.Series(dtype="string"),
    "embedding": pd.Series(dtype="object"),
    "embedding_model": pd.Series(dtype="string"),
})

PRICE_PER_MTOK = {"text-embedding-3-small": 0.02, "text-embedding-3-large": 0.13}


def estimate_cost(ddf, model: str) -> float:
    tokens = ddf["text"].map_partitions(lambda s: count_tokens(s.fillna("").tolist()), meta=("n", "i8")).sum().compute()
    return tokens / 1_000_000 * PRICE_PER_MTOK.get(model, 0.1)


def embed_queries(queries: list[str], model: str) -> list[list[float]]:
    """Driver-side: the handful of golden queries used by the eval."""
    resp = get_openai().embeddings.create(model=model, input=queries, dimensions=512)
    return [d.embedding for d in resp.data]


def main() -> None:
    parser = base_parser(__doc__)
    parser.add_argument("--backend", choices=["openai", "together", "hf"], default="openai")
    args = parser.parse_args()
    setup_logging(args.verbose)
    settings = load_settings(args.profile)

    ddf = io.read_table("corpus", columns=["doc_id", "text"], run_date=args.date)
    if args.sample:
        ddf = ddf.sample(frac=args.sample)

    if args.dry_run:
        log.info("estimated cost: $%.2f", estimate_cost(ddf, settings.models.embed))
        return

    with cluster_session(settings, providers=(args.backend,)):
        if args.backend == "openai":
            out = ddf.map_partitions(embed_partition, model=settings.models.embed, meta=EMBED_META)
        elif args.backend == "together":
            out = ddf.map_partitions(embed_partition_together, model=settings.models.embed_together, meta=EMBED_META)
        else:
            out = ddf.map_partitions(embed_partition_hf, meta=EMBED_META)
        io.write_table(out, f"corpus_embeddings_{args.backend}", run_date=args.date)

        if args.backend == "openai":
            golden = ["return policy for electronics", "how to track my order", "gift card balance"]
            vecs = embed_queries(golden, settings.models.embed)
            log.info("golden query vectors: %d x %d", len(vecs), len(vecs[0]))


if __name__ == "__main__":
    main()
