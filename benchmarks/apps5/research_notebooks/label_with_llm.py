#!/usr/bin/env python
"""Weak-label support tickets with an LLM so we can train the small classifier.

    python label_with_llm.py --provider groq --n 5000
    python label_with_llm.py --provider anthropic --jobs 6
    python label_with_llm.py --provider hf

The gold subset (data/tickets_gold.csv) is scored at the end if present.
"""
import argparse
import logging

import pandas as pd
from joblib import Parallel, delayed

import config
import prompts
from clients import anthropic_client, get_client
from common.hf_client import get_inference_client
from common.metrics import label_accuracy
from helpers import load_frame, sample, setup_logging, truncate

log = logging.getLogger("label")

VALID = set(prompts.LABELS)


def normalise(label):
    label = (label or "").strip().lower().replace(" ", "_").strip(".")
    return label if label in VALID else "other"


def label_groq(df, args):
    groq_client = get_client("groq")
    df["raw_label"] = df["text"].map(
        lambda t: groq_client.chat.completions.create(
            model=config.GROQ_MODEL,
            messages=prompts.label_messages(truncate(t, 3000)),
            temperature=0,
            max_tokens=8,
        ).choices[0].message.content
    )
    return df


def _label_one_anthropic(text):
    msg = anthropic_client.messages.create(
        model=config.ANTHROPIC_FAST_MODEL,
        max_tokens=10,
        temperature=0,
        messages=prompts.label_messages(truncate(text, 3000)),
    )
    return msg.content[0].text


def label_anthropic(df, args):
    # threads, not processes: the client is shared and the work is IO bound
    df["raw_label"] = Parallel(n_jobs=args.jobs, prefer="threads")(
        delayed(_label_one_anthropic)(t) for t in df["text"]
    )
    return df


def label_hf(df, args):
    hf = get_inference_client()
    label_prompts = [prompts.LABEL_PROMPT.format(text=truncate(t, 2000)) for t in df["text"]]
    df["raw_label"] = Parallel(n_jobs=args.jobs, prefer="threads")(
        delayed(hf.text_generation)(p, model=config.HF_CHAT_MODEL, max_new_tokens=8)
        for p in label_prompts
    )
    return df


LABELERS = {
    "groq": label_groq,
    "anthropic": label_anthropic,
    "hf": label_hf,
}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--provider", choices=list(LABELERS), required=True)
    ap.add_argument("--n", type=int, default=None)
    ap.add_argument("--jobs", type=int, default=config.MAX_WORKERS)
    ap.add_argument("--out", default=None)
    args = ap.parse_args(argv)
    setup_logging()

    df = sample(load_frame("tickets"), args.n, seed=config.SEED)
    log.info("labelling %d tickets with %s", len(df), args.provider)
    df = LABELERS[args.provider](df, args)
    df["label"] = df["raw_label"].map(normalise)
    log.info("label distribution:\n%s", df["label"].value_counts().to_string())

    gold_path = config.DATA_DIR / "tickets_gold.csv"
    if gold_path.exists():
        gold = pd.read_csv(gold_path).merge(df[["ticket_id", "label"]], on="ticket_id", how="inner")
        log.info("accuracy on %d gold tickets: %.3f", len(gold), label_accuracy(gold["gold_label"], gold["label"]))

    out = args.out or config.OUTPUT_DIR / f"weak_labels_{args.provider}.parquet"
    df.to_parquet(out, index=False)
    log.info("wrote %s", out)


if __name__ == "__main__":
    main()
