#!/usr/bin/env python
"""Compare two stored experiments answer by answer and post an A/B report."""
import argparse
import functools

from llmctl.clients import get_clients
from llmctl.judge import pairwise_prefer
from llmctl.experiments import ExperimentStore
from llmctl.notify import ReportGenerator, SlackNotifier


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("exp_a", type=int)
    ap.add_argument("exp_b", type=int)
    ap.add_argument("--explain", action="store_true")
    ap.add_argument("--slack", action="store_true")
    args = ap.parse_args()

    store = ExperimentStore(args.db)
    a_rows = store.conn.execute(
        "SELECT row_index, input_text, output_text FROM results WHERE experiment_id=?",
        (args.exp_a,)).fetchall()
    b_by_idx = {r[0]: r[2] for r in store.conn.execute(
        "SELECT row_index, input_text, output_text FROM results WHERE experiment_id=?",
        (args.exp_b,))}

    wins = {"A": 0, "B": 0, "?": 0}
    for idx, question, answer_a in a_rows:
        if idx in b_by_idx:
            wins[pairwise_prefer(question, answer_a, b_by_idx[idx])] += 1

    report = ReportGenerator(f"A/B: experiment {args.exp_a} vs {args.exp_b}")
    report.add("Wins", f"A={wins['A']}  B={wins['B']}  undecided={wins['?']}")

    if args.explain:
        ask = functools.partial(get_clients().openai.chat.completions.create, model="gpt-4o-mini")
        resp = ask(messages=[{
            "role": "user",
            "content": f"Explain in two sentences what an A/B result of {wins} suggests.",
        }])
        report.add("Interpretation", resp.choices[0].message.content)

    text = report.generate()
    print(text)
    if args.slack:
        SlackNotifier().chat(text)


if __name__ == "__main__":
    main()
