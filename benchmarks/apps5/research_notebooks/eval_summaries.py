#!/usr/bin/env python
"""Summarise the eval conversations with one provider and grade them with a judge model.

    python eval_summaries.py --provider anthropic --n 200
    python eval_summaries.py --provider together --judge

Writes outputs/summaries_<provider>.parquet with one row per conversation.
"""
import argparse
import json
import logging
import time

import pandas as pd
from tqdm.auto import tqdm

import config
import llm_utils as lu
import prompts
from cache import disk_cache
from clients import get_client, together_client
from common.metrics import completion_stats, rouge_l
from helpers import load_frame, sample, setup_logging, truncate

logger = logging.getLogger("eval_summaries")
tqdm.pandas()


def summarise_together(conversation):
    resp = together_client.chat.completions.create(
        model=config.TOGETHER_MODEL,
        messages=prompts.summary_messages(truncate(conversation)),
        temperature=0.0,
        max_tokens=300,
    )
    return resp.choices[0].message.content.strip()


SUMMARIZERS = {
    "openai": lambda conv: lu.chat_openai(
        prompts.SUMMARY_USER.format(conversation=truncate(conv)), system=prompts.SUMMARY_SYSTEM
    ),
    "anthropic": lambda conv: lu.chat_anthropic(
        prompts.SUMMARY_USER.format(conversation=truncate(conv)), system=prompts.SUMMARY_SYSTEM
    ),
    "hf": lambda conv: lu.chat_hf(prompts.SUMMARY_USER.format(conversation=truncate(conv))),
    "ollama": lambda conv: lu.chat_ollama(
        prompts.SUMMARY_USER.format(conversation=truncate(conv)), system=prompts.SUMMARY_SYSTEM
    ),
    "together": summarise_together,
}


@disk_cache(f"judge-{prompts.JUDGE_VERSION}")
def judge(conversation, summary):
    judge_client = get_client("openai")
    resp = judge_client.responses.create(
        model=config.OPENAI_JUDGE_MODEL,
        instructions=prompts.JUDGE_INSTRUCTIONS,
        input=prompts.JUDGE_INPUT.format(conversation=truncate(conversation), summary=summary),
        temperature=0,
    )
    try:
        return json.loads(resp.output_text)
    except json.JSONDecodeError:
        logger.warning("judge returned non-json: %r", resp.output_text[:200])
        return {"faithfulness": None, "coverage": None, "concision": None, "notes": resp.output_text}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--provider", choices=sorted(SUMMARIZERS), default="openai")
    parser.add_argument("--dataset", default="eval_conversations")
    parser.add_argument("--n", type=int, default=None)
    parser.add_argument("--judge", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    setup_logging(args.verbose)

    df = sample(load_frame(args.dataset), args.n, seed=config.SEED)
    logger.info("summarising %d conversations with %s", len(df), args.provider)

    summarise = SUMMARIZERS[args.provider]
    t0 = time.time()
    if args.provider == "together":
        # together is the one we run most, keep the row-wise version for the dashboards
        df["summary"] = df.progress_apply(
            lambda row: together_client.chat.completions.create(
                model=config.TOGETHER_MODEL,
                messages=prompts.summary_messages(truncate(row["conversation"])),
                temperature=0.0,
                max_tokens=300,
            ).choices[0].message.content.strip(),
            axis=1,
        )
    else:
        df["summary"] = df["conversation"].progress_map(summarise)
    logger.info("done in %.0fs", time.time() - t0)

    if "reference_summary" in df:
        df["rouge_l"] = [rouge_l(r, s) for r, s in zip(df["reference_summary"], df["summary"])]

    if args.judge:
        grades = [judge(c, s) for c, s in tqdm(zip(df["conversation"], df["summary"]), total=len(df))]
        df = pd.concat([df, pd.DataFrame(grades)], axis=1)

    stats = completion_stats(df["summary"])
    logger.info("empty=%d  mean_len=%.0f chars", stats["empty"], stats["mean_chars"])

    out = config.OUTPUT_DIR / f"summaries_{args.provider}.parquet"
    df.to_parquet(out, index=False)
    logger.info("wrote %s", out)


if __name__ == "__main__":
    main()
