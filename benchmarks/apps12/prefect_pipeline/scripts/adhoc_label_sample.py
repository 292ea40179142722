#!/usr/bin/env python
"""Build a labelled sample for the classification eval set.

Pulls N random accounts from Snowflake and asks GPT-4o (Azure) and Command R+
(Cohere) for an industry label, so a human only has to adjudicate the
disagreements. Output is a CSV for the labelling spreadsheet.

    python scripts/adhoc_label_sample.py --n 300 --out sample.csv

Needs AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY and CO_API_KEY in the env.
"""
import argparse
import csv
import json
import os
import sys

import cohere
from openai import AzureOpenAI

from enrich.classify import DEFAULT_TAXONOMY
from enrich.storage import SnowflakeWriter
from enrich.text import truncate

PROMPT = """Pick the single best industry for this company from the list.
Industries: {taxonomy}
Company: {name} ({domain})
About: {description}
Answer with the industry name only."""


def sample_accounts(n):
    with SnowflakeWriter() as sf:
        rows = sf._connector.fetch_all(
            "select ACCOUNT_ID, NAME, DOMAIN, DESCRIPTION from CRM.ACCOUNTS "
            "where DESCRIPTION is not null sample (%(n)s rows)",
            parameters={"n": n},
        )
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--out", default="label_sample.csv")
    ap.add_argument("--deployment", default="gpt-4o-eval")
    ap.add_argument("--cohere-model", default="command-r-plus-08-2024")
    args = ap.parse_args(argv)

    client = AzureOpenAI(
        azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version="2024-06-01",
    )
    co = cohere.ClientV2(os.environ["CO_API_KEY"])

    rows = sample_accounts(args.n)
    disagreements = 0
    with open(args.out, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["account_id", "name", "gpt4o", "command_r_plus", "agree"])
        for account_id, name, domain, description in rows:
            prompt = PROMPT.format(
                taxonomy=", ".join(DEFAULT_TAXONOMY),
                name=name,
                domain=domain or "-",
                description=truncate(description, 2500),
            )
            gpt = client.chat.completions.create(
                model=args.deployment,
                messages=[{"role": "user", "content": prompt}],
                temperature=0,
                max_tokens=10,
            )
            gpt_label = (gpt.choices[0].message.content or "").strip()

            cmd = co.chat(model=args.cohere_model, messages=[{"role": "user", "content": prompt}], temperature=0)
            cmd_label = cmd.message.content[0].text.strip() if cmd.message.content else ""

            agree = gpt_label.lower() == cmd_label.lower()
            disagreements += not agree
            writer.writerow([account_id, name, gpt_label, cmd_label, agree])

    print(json.dumps({"rows": len(rows), "disagreements": disagreements, "out": args.out}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
