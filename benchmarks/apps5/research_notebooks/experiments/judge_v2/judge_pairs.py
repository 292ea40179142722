"""Pairwise judge study, round 2 (Claude as judge, position-debiased).

Run from this folder:

    python judge_pairs.py pairs.jsonl --procs 6
    python judge_pairs.py pairs.jsonl --show 3      # print a few judgements, streaming

Each worker process builds its own Anthropic client in the pool initializer.
"""
import argparse
import json
import os
import sys
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "common"))
sys.path.insert(0, str(ROOT))

from metrics import win_rate  # noqa: E402
from providers import make_anthropic  # noqa: E402

import prompts  # noqa: E402

JUDGE_MODEL = os.environ.get("JUDGE_MODEL", "claude-3-5-sonnet-20241022")

_client = None


def _init_worker():
    global _client
    _client = make_anthropic()


def judge_pair(pair):
    msg = _client.messages.create(
        model=JUDGE_MODEL,
        max_tokens=5,
        temperature=0,
        system=prompts.PAIRWISE_SYSTEM,
        messages=[
            {
                "role": "user",
                "content": prompts.PAIRWISE_USER.format(
                    conversation=pair["conversation"][:12000], a=pair["a"], b=pair["b"]
                ),
            }
        ],
    )
    verdict = msg.content[0].text.strip().upper()
    # map back to left/right so runs are comparable
    if verdict == "A":
        winner = pair["a_is"]
    elif verdict == "B":
        winner = "left" if pair["a_is"] == "right" else "right"
    else:
        winner = "tie"
    return {"conversation_id": pair["conversation_id"], "verdict": verdict, "winner": winner,
            "input_tokens": msg.usage.input_tokens, "output_tokens": msg.usage.output_tokens}


def show(pairs, n):
    client = make_anthropic()
    for pair in pairs[:n]:
        print("=" * 80)
        print(pair["a"], "\n---\n", pair["b"])
        print("-" * 80)
        with client.messages.stream(
            model=JUDGE_MODEL,
            max_tokens=400,
            system=prompts.PAIRWISE_SYSTEM + " Explain your reasoning briefly, then give the verdict.",
            messages=[{"role": "user", "content": prompts.PAIRWISE_USER.format(
                conversation=pair["conversation"][:12000], a=pair["a"], b=pair["b"])}],
        ) as stream:
            for text in stream.text_stream:
                print(text, end="", flush=True)
        print()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pairs", type=Path)
    ap.add_argument("--procs", type=int, default=4)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()

    pairs = [json.loads(line) for line in args.pairs.read_text().splitlines() if line.strip()]
    if args.show:
        show(pairs, args.show)
        return

    with Pool(processes=args.procs, initializer=_init_worker) as pool:
        results = pool.map(judge_pair, pairs, chunksize=4)

    out = args.pairs.with_name(args.pairs.stem + "_judged.jsonl")
    with out.open("w") as fh:
        for r in results:
            fh.write(json.dumps(r) + "\n")
    print(json.dumps(win_rate([r["verdict"] for r in results]), indent=2))
    winners = [r["winner"] for r in results]
    print({w: winners.count(w) for w in ("left", "right", "tie")})


if __name__ == "__main__":
    main()
