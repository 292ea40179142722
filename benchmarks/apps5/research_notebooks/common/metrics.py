"""Cheap lexical metrics and bookkeeping for generated text."""
from collections import Counter

import numpy as np
from rouge_score import rouge_scorer

_scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)


def rouge_l(reference, candidate):
    if not reference or not candidate:
        return 0.0
    return _scorer.score(reference, candidate)["rougeL"].fmeasure


def completion_stats(texts):
    """How many generations came back empty, and how long the rest are."""
    lengths = [len(t) for t in texts if isinstance(t, str) and t.strip()]
    return {
        "n": len(texts),
        "empty": len(texts) - len(lengths),
        "mean_chars": float(np.mean(lengths)) if lengths else 0.0,
        "p95_chars": float(np.percentile(lengths, 95)) if lengths else 0.0,
    }


def label_accuracy(gold, pred):
    gold = [g.strip().lower() for g in gold]
    pred = [p.strip().lower() if isinstance(p, str) else "" for p in pred]
    hits = sum(g == p for g, p in zip(gold, pred))
    return hits / max(len(gold), 1)


def confusion(gold, pred):
    return Counter(zip(gold, pred))


def win_rate(verdicts):
    c = Counter(v.strip().upper() for v in verdicts)
    decided = c["A"] + c["B"]
    return {"A": c["A"] / decided if decided else 0.0, "ties": c["TIE"], "n": sum(c.values())}


def ndcg_at_k(ranked_ids, relevant_ids, k=10):
    relevant = set(relevant_ids)
    gains = [1.0 if doc_id in relevant else 0.0 for doc_id in ranked_ids[:k]]
    dcg = sum(g / np.log2(i + 2) for i, g in enumerate(gains))
    ideal = sum(1.0 / np.log2(i + 2) for i in range(min(len(relevant), k)))
    return dcg / ideal if ideal else 0.0


def recall_at_k(ranked_ids, relevant_ids, k=10):
    relevant = set(relevant_ids)
    if not relevant:
        return 0.0
    return len(relevant.intersection(ranked_ids[:k])) / len(relevant)
