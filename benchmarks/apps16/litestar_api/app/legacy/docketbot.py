"""DocketBot: parses CM/ECF notice-of-electronic-filing emails and posts a digest to Slack.

Originally a cron script on the old web box. The SAQ worker now calls process_nef().
"""
import json
import logging
import os
import re
from datetime import datetime

import requests

from app.legacy.ai_helpers import GPT_DEPLOYMENT, client as legacy_client

log = logging.getLogger("lexbridge.legacy.docketbot")

SLACK_WEBHOOK = os.environ.get("DOCKETBOT_SLACK_WEBHOOK", "")
# the deadline calculator needs the 2024-08-01-preview structured output behaviour; the SDK we
# had pinned at the time couldn't send json_schema, so this goes over plain HTTP
DEADLINE_URL = (
    "https://lexbridge-eastus2.openai.azure.com/openai/deployments/gpt-4o-legal/chat/completions"
    "?api-version=2024-08-01-preview"
)

CASE_RE = re.compile(r"Case Name:\s*(?P<case>.+?)\n.*?Case Number:\s*(?P<number>[\w:-]+)", re.S)
DOCKET_RE = re.compile(r"Document Number:\s*(?P<num>\d+)", re.S)

DEADLINE_SCHEMA = {
    "name": "deadlines",
    "strict": True,
    "schema": {
        "type": "object",
        "properties": {
            "deadlines": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "description": {"type": "string"},
                        "due_date": {"type": "string"},
                        "rule": {"type": "string"},
                    },
                    "required": ["description", "due_date", "rule"],
                    "additionalProperties": False,
                },
            }
        },
        "required": ["deadlines"],
        "additionalProperties": False,
    },
}


def parse_nef(body):
    m = CASE_RE.search(body)
    d = DOCKET_RE.search(body)
    return {
        "case": m.group("case").strip() if m else None,
        "case_number": m.group("number") if m else None,
        "docket_no": int(d.group("num")) if d else None,
    }


def summarize_entry(body):
    resp = legacy_client.chat.completions.create(
        model=GPT_DEPLOYMENT,
        messages=[
            {"role": "system", "content": "Summarise this court filing notice in two sentences for a docketing clerk."},
            {"role": "user", "content": body[:12000]},
        ],
        temperature=0,
        max_tokens=200,
    )
    return resp.choices[0].message.content.strip()


def extract_deadlines(body, filed_on):
    r = requests.post(
        DEADLINE_URL,
        headers={"api-key": os.environ.get("AZURE_OPENAI_KEY", ""), "Content-Type": "application/json"},
        json={
            "messages": [
                {
                    "role": "system",
                    "content": "Compute response deadlines under the FRCP and local rules. Filed on "
                    + filed_on.strftime("%Y-%m-%d"),
                },
                {"role": "user", "content": body[:12000]},
            ],
            "temperature": 0,
            "response_format": {"type": "json_schema", "json_schema": DEADLINE_SCHEMA},
        },
        timeout=60,
    )
    r.raise_for_status()
    content = r.json()["choices"][0]["message"]["content"]
    return json.loads(content)["deadlines"]


def post_to_slack(text):
    if not SLACK_WEBHOOK:
        log.info("no slack webhook configured; digest:\n%s", text)
        return
    resp = requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=10)
    if resp.status_code != 200:
        log.warning("slack webhook returned %s", resp.status_code)


def process_nef(body, filed_on=None):
    filed_on = filed_on or datetime.utcnow()
    meta = parse_nef(body)
    summary = summarize_entry(body)
    deadlines = extract_deadlines(body, filed_on)
    lines = [f"*{meta['case']}* ({meta['case_number']}) - Dkt. {meta['docket_no']}", summary]
    for dl in deadlines:
        lines.append(f"  - {dl['due_date']}: {dl['description']} ({dl['rule']})")
    post_to_slack("\n".join(lines))
    return {"meta": meta, "summary": summary, "deadlines": deadlines}
