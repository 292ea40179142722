#!/usr/bin/env python
"""Re-score an old eval-report.json with the legacy yes/no judge."""
import json
import sys
from concurrent.futures import ThreadPoolExecutor

from evals.legacy.old_judge import grade_batch, grade_yes_no


def main(path):
    rows = json.load(open(path))
    if len(rows) < 50:
        verdicts = grade_batch(rows)
    else:
        with ThreadPoolExecutor(8) as pool:
            futs = [pool.submit(grade_yes_no, r["question"], r["expected"], r["got"]) for r in rows]
            verdicts = [f.result() for f in futs]
    print(f"{sum(verdicts)}/{len(verdicts)} correct")


if __name__ == "__main__":
    main(sys.argv[1])
