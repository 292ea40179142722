"""Original ticket classifier (2023). Still imported by the monthly re-label job.

DEPRECATED: use enrichment.classify.TicketClassifier. Written against openai<1.0
style; pinned through the `openai-legacy` shim in the old runner image.
"""
import json
import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")

CATEGORIES = ["billing", "bug", "feature_request", "account_access", "how_to", "other"]


def classify(subject, body):
    prompt = "Categories: %s\nSubject: %s\nBody: %s\nCategory:" % (", ".join(CATEGORIES), subject, body[:3000])
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        temperature=0,
    )
    answer = response["choices"][0]["message"]["content"].strip().lower()
    return answer if answer in CATEGORIES else "other"


def relabel_file(path_in, path_out):
    with open(path_in) as fin, open(path_out, "w") as fout:
        for line in fin:
            t = json.loads(line)
            t["category"] = classify(t.get("subject", ""), t.get("description", ""))
            fout.write(json.dumps(t) + "\n")
