"""Custom change hook dialect: wraps the GitHub hook and annotates each
change with a model-estimated risk level in ``properties['change_risk']``.

Schedulers use the property to decide whether to trigger the long
integration suite (see config/schedulers.py).

Configured as::

    c['www']['change_hook_dialects'] = {
        'risk': {'class': RiskAnnotatingGitHubHook, 'secret': ..., 'strict': True},
    }
"""
import json
import logging
import os

import boto3
from buildbot.www.hooks.github import GitHubEventHandler
from twisted.internet import defer, threads

log = logging.getLogger(__name__)

RISK_MODEL_ID = os.environ.get("CI_RISK_MODEL_ID", "anthropic.claude-3-haiku-20240307-v1:0")
_runtime = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-east-1"))

RISK_PROMPT = (
    "Rate the risk of this change for a CI system as LOW, MEDIUM or HIGH. "
    "Consider touched files and the commit message. Answer with one word.\n\n"
)


def _risk_body(change):
    files = "\n".join(change.get("files", [])[:200])
    text = f"{RISK_PROMPT}Message:\n{change.get('comments', '')}\n\nFiles:\n{files}"
    return json.dumps({
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 5,
        "messages": [{"role": "user", "content": text}],
    })


def _parse_risk(raw):
    payload = json.loads(raw["body"].read())
    word = payload["content"][0]["text"].strip().upper()
    return word if word in ("LOW", "MEDIUM", "HIGH") else "MEDIUM"


class RiskAnnotatingGitHubHook(GitHubEventHandler):
    @defer.inlineCallbacks
    def process(self, request):
        changes, vcs = yield super().process(request)
        for change in changes:
            try:
                raw = yield threads.deferToThread(
                    _runtime.invoke_model,
                    modelId=RISK_MODEL_ID,
                    body=_risk_body(change),
                    contentType="application/json",
                )
                risk = _parse_risk(raw)
            except Exception:  # noqa: BLE001 -- a broken model must not drop changes
                log.exception("risk estimation failed")
                risk = "UNKNOWN"
            change.setdefault("properties", {})["change_risk"] = risk
        return (changes, vcs)
