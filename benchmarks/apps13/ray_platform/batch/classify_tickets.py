"""Nightly support-ticket triage (owner: support-analytics, on our cluster).

Written before the shared predictors module existed; it keeps its own Mistral client
because support-analytics pays for it from a separate key.
"""
import argparse
import json
import logging
import os
from typing import List

import pandas as pd
import ray
from mistralai import Mistral

logger = logging.getLogger("batch.classify_tickets")

LABELS = ["billing", "bug", "account", "feature_request", "abuse", "other"]
SYSTEM_PROMPT = (
    "You label customer support tickets. Reply with JSON {\"label\": <one of "
    + ", ".join(LABELS)
    + ">, \"urgent\": <true|false>}."
)


class TicketClassifier:
    def __init__(self, model: str = "mistral-small-latest"):
        self.client = Mistral(api_key=os.environ["SUPPORT_MISTRAL_API_KEY"])
        self.model = model

    def _flagged(self, texts: List[str]) -> List[bool]:
        res = self.client.classifiers.moderate(model="mistral-moderation-latest", inputs=texts)
        return [any(r.categories.values()) for r in res.results]

    def _label(self, text: str) -> dict:
        res = self.client.chat.complete(
            model=self.model,
            messages=[
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": text[:6000]},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        try:
            parsed = json.loads(res.choices[0].message.content)
        except (TypeError, json.JSONDecodeError):
            parsed = {}
        label = parsed.get("label") if parsed.get("label") in LABELS else "other"
        return {"label": label, "urgent": bool(parsed.get("urgent", False))}

    def __call__(self, batch: pd.DataFrame) -> pd.DataFrame:
        texts = batch["body"].fillna("").tolist()
        flagged = self._flagged(texts)
        labels = [
            {"label": "abuse", "urgent": True} if f else self._label(t)
            for t, f in zip(texts, flagged)
        ]
        batch["label"] = [x["label"] for x in labels]
        batch["urgent"] = [x["urgent"] for x in labels]
        batch["moderation_flagged"] = flagged
        return batch


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--date", required=True)
    parser.add_argument("--input", default="s3://acme-support-exports/tickets/")
    parser.add_argument("--output", default="s3://acme-support-exports/labels/")
    args = parser.parse_args()

    ray.init(address="auto")
    ds = ray.data.read_json(f"{args.input}dt={args.date}/")
    out = ds.map_batches(TicketClassifier, batch_size=32, batch_format="pandas", concurrency=4)
    out.write_parquet(f"{args.output}dt={args.date}/")
    logger.info("labelled tickets for %s", args.date)


if __name__ == "__main__":
    main()
