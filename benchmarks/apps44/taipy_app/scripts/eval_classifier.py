"""Offline eval of the ticket classifier against a labelled CSV.

Compares Claude tool-use (the production path) with an open model on Together
to decide whether we can move the cheap tier off Anthropic.
"""
from __future__ import annotations

import argparse
import os
import time

import pandas as pd
from sklearn.metrics import classification_report
from together import Together

from algos.classify import TicketClassifier
from llm.clients import get_together_openai_compat
from llm.prompts import TICKET_LABELS, build_classification_prompt, parse_label


def together_predict(client: Together, model: str, subject: str, body: str) -> str:
    resp = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": build_classification_prompt(subject, body)}],
        max_tokens=10,
        temperature=0,
    )
    return parse_label(resp.choices[0].message.content)


def compat_predict(model: str, subject: str, body: str) -> str:
    """Same thing through the OpenAI SDK (what the notebook used)."""
    oa = get_together_openai_compat()
    resp = oa.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": build_classification_prompt(subject, body)}],
        max_tokens=10,
    )
    return parse_label(resp.choices[0].message.content)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--together-model", default="meta-llama/Llama-3.3-70B-Instruct-Turbo")
    ap.add_argument("--compat", action="store_true")
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args()

    df = pd.read_csv(args.csv).head(args.limit)
    client = Together(api_key=os.environ["TOGETHER_API_KEY"])
    clf = TicketClassifier()

    y_true, y_claude, y_open = [], [], []
    t0 = time.time()
    for row in df.itertuples():
        y_true.append(row.label)
        y_claude.append(clf.predict(row.subject, row.body).label)
        if args.compat:
            y_open.append(compat_predict(args.together_model, row.subject, row.body))
        else:
            y_open.append(together_predict(client, args.together_model, row.subject, row.body))
    print(f"{len(df)} rows in {time.time() - t0:.0f}s")
    print("== claude ==")
    print(classification_report(y_true, y_claude, labels=TICKET_LABELS, zero_division=0))
    print("== together ==")
    print(classification_report(y_true, y_open, labels=TICKET_LABELS, zero_division=0))


if __name__ == "__main__":
    main()
