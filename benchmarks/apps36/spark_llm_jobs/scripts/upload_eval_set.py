"""Export the golden ticket set to JSONL and upload it to OpenAI Files so the evals team can
use it from the dashboard. Does not start any job."""
from __future__ import annotations

import argparse
import json
import sys
import tempfile

sys.path.insert(0, ".")

from openai import OpenAI  # noqa: E402
from pyspark.sql import SparkSession  # noqa: E402

from jobs.common.prompts import CLASSIFY_SYSTEM  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--table", default="prod_curated.golden_ticket_labels")
    args = p.parse_args()

    spark = SparkSession.builder.appName("upload-eval-set").enableHiveSupport().getOrCreate()
    rows = spark.table(args.table).select("subject", "body", "category", "urgency").collect()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
        for r in rows:
            fh.write(
                json.dumps(
                    {
                        "messages": [
                            {"role": "system", "content": CLASSIFY_SYSTEM},
                            {"role": "user", "content": f"Subject: {r.subject}\n\n{r.body}"},
                            {"role": "assistant", "content": json.dumps({"category": r.category, "urgency": r.urgency})},
                        ]
                    }
                )
                + "\n"
            )
        path = fh.name

    client = OpenAI()
    with open(path, "rb") as f:
        uploaded = client.files.create(file=f, purpose="evals")
    print("uploaded", uploaded.id, len(rows), "rows")


if __name__ == "__main__":
    main()
