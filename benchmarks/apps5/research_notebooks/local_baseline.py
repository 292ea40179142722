#!/usr/bin/env python
"""Summary baseline with a local model on the GPU box (ollama).

We keep this around to show how far an 8B local model is from the API models.
"""
import argparse
import logging
import time

import ollama
import pandas as pd
from tqdm import tqdm

import config
import prompts
from helpers import load_frame, sample, setup_logging, truncate

logger = logging.getLogger("local_baseline")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=config.OLLAMA_MODEL)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--host", default=config.OLLAMA_URL)
    args = ap.parse_args()
    setup_logging()

    ollama_client = ollama.Client(host=args.host, timeout=300)
    installed = {m.model for m in ollama_client.list().models}
    if args.model not in installed:
        raise SystemExit(f"{args.model} is not pulled on {args.host}; have {sorted(installed)}")

    df = sample(load_frame("eval_conversations"), args.n, seed=config.SEED)
    rows = []
    for row in tqdm(df.itertuples(), total=len(df)):
        t0 = time.perf_counter()
        out = ollama_client.generate(
            model=args.model,
            system=prompts.SUMMARY_SYSTEM,
            prompt=prompts.SUMMARY_USER.format(conversation=truncate(row.conversation, 8000)),
            options={"temperature": 0, "num_ctx": 8192},
        )
        rows.append({
            "conversation_id": row.conversation_id,
            "summary": out.response.strip(),
            "latency_s": time.perf_counter() - t0,
            "eval_count": out.eval_count,
        })

    res = pd.DataFrame(rows)
    logger.info("median latency %.1fs", res["latency_s"].median())
    res.to_parquet(config.OUTPUT_DIR / f"summaries_ollama_{args.model.replace(':', '_')}.parquet", index=False)


if __name__ == "__main__":
    main()
