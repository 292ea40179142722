"""Original pre-annotation script from before the ML backend existed.

Still used by the data team for one-off imports (reads a Label Studio JSON
export, writes predictions back into it). Talks to the APIs over plain HTTP
because it had to run in the old python3.7 image without the SDKs.
"""
import argparse
import json
import logging
import os
import sys
import time

import httpx
import requests

logger = logging.getLogger("gpt_preannotate")

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def ask_openai(text, labels, model="gpt-4o-mini"):
    headers = {"Authorization": "Bearer " + os.environ["OPENAI_API_KEY"]}
    body = {
        "model": model,
        "temperature": 0,
        "messages": [
            {"role": "system", "content": "Classify into one of: " + ", ".join(labels) + ". Reply with the label."},
            {"role": "user", "content": text},
        ],
    }
    r = requests.post(OPENAI_URL, headers=headers, json=body, timeout=60)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"].strip()


def ask_claude(text, labels, model="claude-3-haiku-20240307"):
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    body = {
        "model": model,
        "max_tokens": 20,
        "messages": [{"role": "user", "content": "Labels: %s\nText: %s\nLabel:" % (", ".join(labels), text)}],
    }
    with httpx.Client(timeout=60) as http:
        r = http.post(ANTHROPIC_URL, headers=headers, json=body)
    r.raise_for_status()
    return r.json()["content"][0]["text"].strip()


def notify_done(webhook, count):
    # Slack webhook, not an LLM
    if webhook:
        requests.post(webhook, json={"text": "pre-annotated %d tasks" % count}, timeout=10)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("export_json")
    ap.add_argument("--labels", required=True)
    ap.add_argument("--from-name", default="sentiment")
    ap.add_argument("--to-name", default="text")
    ap.add_argument("--field", default="text")
    ap.add_argument("--engine", choices=["openai", "claude"], default="openai")
    ap.add_argument("--slack-webhook", default=os.getenv("SLACK_WEBHOOK"))
    args = ap.parse_args(argv)

    labels = [l.strip() for l in args.labels.split(",")]
    ask = ask_openai if args.engine == "openai" else ask_claude
    with open(args.export_json) as fh:
        tasks = json.load(fh)

    done = 0
    for task in tasks:
        text = task["data"].get(args.field, "")
        try:
            answer = ask(text, labels)
        except Exception as exc:
            logger.error("task %s failed: %s", task.get("id"), exc)
            time.sleep(2)
            continue
        if answer in labels:
            task.setdefault("predictions", []).append({
                "model_version": "legacy-" + args.engine,
                "result": [{"from_name": args.from_name, "to_name": args.to_name, "type": "choices",
                            "value": {"choices": [answer]}}],
            })
            done += 1
    json.dump(tasks, sys.stdout, indent=2)
    notify_done(args.slack_webhook, done)


if __name__ == "__main__":
    main()
