"""Compare Mistral vs OpenAI moderation on a labelled CSV of chat messages.

    python scripts/eval_moderation.py data/mod_eval.csv
"""
import csv
import os
import sys
from concurrent.futures import ThreadPoolExecutor

from mistralai import Mistral

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from bot.llm.clients import get_sync_openai  # noqa: E402
from bot.llm.moderation import BLOCK_CATEGORIES  # noqa: E402


def load(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return [(row["text"], row["label"] == "bad") for row in csv.DictReader(fh)]


def score(preds, gold):
    tp = sum(p and g for p, g in zip(preds, gold))
    fp = sum(p and not g for p, g in zip(preds, gold))
    fn = sum(g and not p for p, g in zip(preds, gold))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def main(path, threshold=0.8):
    rows = load(path)
    texts = [t for t, _ in rows]
    gold = [g for _, g in rows]

    openai_client = get_sync_openai()
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(openai_client.moderations.create, model="omni-moderation-latest", input=t) for t in texts]
        openai_preds = [f.result().results[0].flagged for f in futures]

    mistral = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    mistral_preds = []
    for start in range(0, len(texts), 32):
        batch = texts[start:start + 32]
        resp = mistral.classifiers.moderate(model="mistral-moderation-latest", inputs=batch)
        for result in resp.results:
            scores = result.category_scores or {}
            mistral_preds.append(any(scores.get(c, 0) >= threshold for c in BLOCK_CATEGORIES))

    for name, preds in (("openai", openai_preds), ("mistral", mistral_preds)):
        p, r = score(preds, gold)
        print(f"{name:8s} precision={p:.3f} recall={r:.3f}")


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 0.8)
