"""Classify product reviews (sentiment, topics, actionable) with OpenAI.

Written before llmkit existed -- builds its own client inside each step.
"""
import json
import os

from metaflow import FlowSpec, Parameter, batch, catch, retry, step

TOPICS = ["shipping", "pricing", "quality", "support", "sizing", "packaging", "other"]


class ReviewClassifierFlow(FlowSpec):
    reviews_path = Parameter("reviews-path", default="s3://ds-data/reviews/latest.parquet")
    model = Parameter("model", default="gpt-4o-mini")
    shards = Parameter("shards", type=int, default=8)
    moderate = Parameter("moderate", type=bool, default=True)

    @step
    def start(self):
        import pandas as pd

        df = pd.read_parquet(self.reviews_path)
        df = df[df["text"].str.len() > 20]
        self.total = len(df)
        self.shard_frames = [df.iloc[i :: self.shards] for i in range(self.shards)]
        self.next(self.classify, foreach="shard_frames")

    @batch(cpu=2, memory=4096)
    @retry(times=3)
    @catch(var="classify_error")
    @step
    def classify(self):
        from openai import OpenAI

        from llmkit.parsing import extract_json, normalise_sentiment
        from llmkit.prompts import REVIEW_CLASSIFIER

        client = OpenAI(api_key=os.environ["OPENAI_API_KEY"], max_retries=5)
        frame = self.input
        texts = frame["text"].tolist()

        self.flagged_ids = []
        if self.moderate:
            mod = client.moderations.create(model="omni-moderation-latest", input=texts[:32])
            self.flagged_ids = [
                rid for rid, r in zip(frame["review_id"].tolist(), mod.results) if r.flagged
            ]

        labels = []
        for review_id, text in zip(frame["review_id"], texts):
            if review_id in self.flagged_ids:
                continue
            resp = client.responses.create(
                model=self.model,
                instructions=REVIEW_CLASSIFIER.system,
                input=REVIEW_CLASSIFIER.render(review=text[:4000], topics=", ".join(TOPICS)),
                temperature=0,
            )
            try:
                parsed = extract_json(resp.output_text)
            except (ValueError, json.JSONDecodeError):
                parsed = {}
            labels.append(
                {
                    "review_id": review_id,
                    "sentiment": normalise_sentiment(parsed.get("sentiment")),
                    "topics": [t for t in parsed.get("topics", []) if t in TOPICS],
                    "is_actionable": bool(parsed.get("is_actionable", False)),
                }
            )
        self.labels = labels
        self.next(self.join)

    @step
    def join(self, inputs):
        self.labels = [row for inp in inputs if getattr(inp, "labels", None) for row in inp.labels]
        self.errors = [str(inp.classify_error) for inp in inputs if getattr(inp, "classify_error", None)]
        self.flagged_ids = [fid for inp in inputs for fid in (getattr(inp, "flagged_ids", None) or [])]
        self.merge_artifacts(inputs, include=["total"])
        self.next(self.end)

    @step
    def end(self):
        import pandas as pd

        out = pd.DataFrame(self.labels)
        print(out["sentiment"].value_counts())
        print(f"{len(self.errors)} shard errors, {len(self.flagged_ids)} flagged by moderation")


if __name__ == "__main__":
    ReviewClassifierFlow()
