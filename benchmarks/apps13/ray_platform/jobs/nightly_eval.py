"""Nightly regression eval: answer the golden set with the candidate model, then judge."""
import argparse
import json
import logging
from typing import Dict, List

import ray
from ray.util import ActorPool

from actors.judge import JudgeActor
from actors.pool import make_fireworks_pool, run_chat

logger = logging.getLogger("jobs.nightly_eval")


def load_golden(path: str) -> List[Dict]:
    with open(path) as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--golden", default="evals/golden_v7.jsonl")
    parser.add_argument("--model", default="accounts/fireworks/models/llama-v3p1-70b-instruct")
    parser.add_argument("--judges", type=int, default=4)
    parser.add_argument("--tracked", action="store_true")
    parser.add_argument("--out", default="/tmp/nightly_eval.jsonl")
    args = parser.parse_args()

    logging.basicConfig(level=logging.INFO)
    ray.init(address="auto")

    golden = load_golden(args.golden)
    items = [
        {"id": g["id"], "messages": [{"role": "user", "content": g["question"]}]} for g in golden
    ]
    by_id = {g["id"]: g for g in golden}

    pool = make_fireworks_pool(args.model, size=16)
    answers = {r["id"]: r["answer"] for r in run_chat(pool, items)}

    judges = ActorPool([JudgeActor.remote(tracked=args.tracked) for _ in range(args.judges)])
    to_judge = [
        {"id": i, "question": by_id[i]["question"], "answer": a} for i, a in answers.items()
    ]
    scores = list(judges.map_unordered(lambda j, it: j.score.remote(it), to_judge))

    valid = [s["score"] for s in scores if s.get("score") is not None]
    mean = sum(valid) / len(valid) if valid else 0.0
    with open(args.out, "w") as fh:
        for s in scores:
            fh.write(json.dumps(s) + "\n")
    logger.info("model=%s judged=%d mean=%.3f", args.model, len(valid), mean)


if __name__ == "__main__":
    main()
