"""Slack slash-command endpoint (legacy container only).

Mounted by legacy_main.py as its own Bottle app; verifies Slack signatures
and delegates to policy_bot_v1.
"""

import hashlib
import hmac
import os
import time

from bottle import Bottle, abort, request

from hrassist.legacy import policy_bot_v1

slack = Bottle()

SIGNING_SECRET = os.environ.get("SLACK_SIGNING_SECRET", "").encode()


def _verify():
    ts = request.get_header("X-Slack-Request-Timestamp", "0")
    if abs(time.time() - int(ts)) > 300:
        abort(403, "stale request")
    body = request.body.read().decode()
    base = "v0:%s:%s" % (ts, body)
    expected = "v0=" + hmac.new(SIGNING_SECRET, base.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.get_header("X-Slack-Signature", "")):
        abort(403, "bad signature")


@slack.post("/slack/hrbot")
def hrbot():
    _verify()
    return policy_bot_v1.handle_slash_command(request.forms)


@slack.get("/slack/ping")
def ping():
    return "pong"
