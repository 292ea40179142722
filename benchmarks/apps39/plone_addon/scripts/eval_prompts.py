"""Compare summary prompts across Claude and Mistral on a CSV of pages.

    python scripts/eval_prompts.py pages.csv > report.md
"""
from anthropic import Anthropic
from mistralai import Mistral

import csv
import os
import sys
import time


PROMPTS = {
    "v1": "Summarise in 60 words:\n\n{body}",
    "v2": "Write a neutral 2-sentence summary for a citizen audience:\n\n{body}",
}


def run(path):
    claude = Anthropic()
    mistral = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    print("| page | prompt | claude | mistral |")
    print("| --- | --- | --- | --- |")
    for row in rows:
        for key, template in PROMPTS.items():
            prompt = template.format(body=row["body"][:8000])
            started = time.time()
            c = claude.messages.create(
                model="claude-3-5-haiku-latest",
                max_tokens=200,
                messages=[{"role": "user", "content": prompt}],
            )
            m = mistral.chat.complete(
                model="mistral-small-latest",
                messages=[{"role": "user", "content": prompt}],
            )
            print(
                "| {} | {} | {} | {} |".format(
                    row["title"],
                    key,
                    c.content[0].text.replace("\n", " "),
                    m.choices[0].message.content.replace("\n", " "),
                )
            )
            print("<!-- %.1fs -->" % (time.time() - started), file=sys.stderr)


if __name__ == "__main__":
    run(sys.argv[1])
