#!/usr/bin/env python
"""Run the eval set against a live gateway and grade with the judge.

    python scripts/run_evals.py evals/cases.jsonl --gateway http://localhost:8080
"""
import argparse
import json
import sys

import treq
from openai import OpenAI
from twisted.internet import defer, task, threads

from gateway.config import get_settings

JUDGE_PROMPT = """You are grading an answer. Reply with JSON {"score": 1-5, "reason": "..."}.
Question: %s
Reference: %s
Answer: %s"""


class Judge(object):

    def __init__(self, model="gpt-4o"):
        self.client = OpenAI(api_key=get_settings().openai_api_key)
        self.model = model

    def grade(self, question, reference, answer):
        resp = self.client.responses.create(
            model=self.model,
            input=JUDGE_PROMPT % (question, reference, answer),
            text={"format": {"type": "json_object"}},
        )
        try:
            return json.loads(resp.output_text)
        except ValueError:
            return {"score": 0, "reason": "unparseable: " + resp.output_text[:100]}

    def grade_deferred(self, question, reference, answer):
        return threads.deferToThread(self.grade, question, reference, answer)


def load_cases(path):
    with open(path) as fh:
        return [json.loads(line) for line in fh if line.strip()]


@defer.inlineCallbacks
def run(reactor, cases_path, gateway):
    judge = Judge()
    scores = []
    for case in load_cases(cases_path):
        # the gateway itself does the tracked call; this is our own service
        resp = yield treq.post(gateway + "/v1/chat",
                               json={"messages": [{"role": "user", "content": case["question"]}]})
        body = yield resp.json()
        grade = yield judge.grade_deferred(case["question"], case["reference"], body.get("content", ""))
        scores.append(grade["score"])
        print(json.dumps({"id": case.get("id"), **grade}))
    if scores:
        print("mean score: %.2f over %d" % (sum(scores) / len(scores), len(scores)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cases")
    ap.add_argument("--gateway", default="http://localhost:8080")
    args = ap.parse_args()
    task.react(run, (args.cases, args.gateway))


if __name__ == "__main__":
    sys.exit(main())
