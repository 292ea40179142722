#!/usr/bin/env python
"""Offline eval of SQL suggestions across providers.

Reads tests/fixtures/sql_eval.jsonl ({"question": ..., "expected_tables": [...]})
and reports parse rate and table recall per provider.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

import boto3
import sqlglot

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ai import STRATEGIES, get_groq_client  # noqa: E402
from ai.prompts import SQL_SYSTEM, sql_prompt  # noqa: E402
from config import get_settings  # noqa: E402
from data.schemas import schema_ddl  # noqa: E402

log = logging.getLogger("eval_sql")
MODELS = get_settings().models
FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "sql_eval.jsonl"

bedrock = boto3.client("bedrock-runtime", region_name=get_settings().aws_region)


def extract_sql(text: str) -> str:
    if "```" in text:
        text = text.split("```")[1]
        if text.lower().startswith("sql"):
            text = text[3:]
    return text.strip().rstrip(";")


def ask_bedrock_claude(prompt: str) -> str:
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 600,
        "system": SQL_SYSTEM,
        "messages": [{"role": "user", "content": prompt}],
    }
    resp = bedrock.invoke_model(
        modelId=MODELS.bedrock,
        body=json.dumps(body),
        contentType="application/json",
        accept="application/json",
    )
    payload = json.loads(resp["body"].read())
    return "".join(c.get("text", "") for c in payload["content"])


def ask_groq_with_headers(prompt: str) -> tuple[str, dict]:
    raw = get_groq_client().with_raw_response.chat.completions.create(
        model=MODELS.groq,
        messages=[{"role": "system", "content": SQL_SYSTEM}, {"role": "user", "content": prompt}],
        temperature=0,
    )
    completion = raw.parse()
    limits = {k: v for k, v in raw.headers.items() if k.startswith("x-ratelimit")}
    return completion.choices[0].message.content, limits


def score(sql: str, expected_tables: list[str]) -> dict:
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except sqlglot.errors.ParseError:
        return {"parsed": False, "recall": 0.0}
    tables = {t.name for t in tree.find_all(sqlglot.exp.Table)}
    recall = len(tables & set(expected_tables)) / max(1, len(expected_tables))
    return {"parsed": True, "recall": recall}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--providers", nargs="+", default=["openai", "anthropic", "bedrock-raw", "groq-raw"])
    parser.add_argument("--limit", type=int, default=50)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    cases = [json.loads(line) for line in FIXTURES.read_text().splitlines() if line.strip()][: args.limit]
    ddl = schema_ddl()
    report = {}
    for provider in args.providers:
        rows = []
        for case in cases:
            prompt = sql_prompt(case["question"], ddl)
            t0 = time.perf_counter()
            if provider == "bedrock-raw":
                text = ask_bedrock_claude(prompt)
            elif provider == "groq-raw":
                text, limits = ask_groq_with_headers(prompt)
                if int(limits.get("x-ratelimit-remaining-requests", 10)) < 3:
                    time.sleep(5)
            else:
                text = STRATEGIES[provider](prompt, max_tokens=600, temperature=0.0).text
            result = score(extract_sql(text), case["expected_tables"])
            result["latency_s"] = round(time.perf_counter() - t0, 2)
            rows.append(result)
        report[provider] = {
            "parse_rate": sum(r["parsed"] for r in rows) / len(rows),
            "table_recall": sum(r["recall"] for r in rows) / len(rows),
            "p50_latency_s": sorted(r["latency_s"] for r in rows)[len(rows) // 2],
        }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
