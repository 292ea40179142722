#!/usr/bin/env python
"""Evaluate the ticket classifier against a labelled CSV and ask Claude to
judge disagreements. Prints a confusion summary."""
import csv
import os
import sys
from collections import Counter

import anthropic
from mistralai import Mistral

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from app.ai.classifier import TicketClassifier  # noqa: E402


def judge(client, text, gold, predicted):
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=50,
        messages=[
            {
                "role": "user",
                "content": (
                    f"Ticket:\n{text}\n\nLabel A: {gold}\nLabel B: {predicted}\n"
                    "Which label is more appropriate? Answer A, B or BOTH."
                ),
            }
        ],
    )
    return msg.content[0].text.strip()


def main(path):
    clf = TicketClassifier(Mistral(api_key=os.environ["MISTRAL_API_KEY"]))
    judge_client = anthropic.Anthropic()
    results = Counter()
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            pred = clf.classify(row["subject"], row["body"])
            if pred == row["label"]:
                results["agree"] += 1
                continue
            verdict = judge(judge_client, row["body"], row["label"], pred)
            results[f"disagree:{verdict}"] += 1
    for k, v in results.most_common():
        print(f"{k:20} {v}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "data/labelled_tickets.csv")
