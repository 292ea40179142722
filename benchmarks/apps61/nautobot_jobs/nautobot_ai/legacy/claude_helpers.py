"""Claude helpers from the ACL-review prototype (pre-registry).

Half migrated: `explain_acl` now takes a client so the registry's
AnthropicProvider can be passed in later, `review_acl_http` is what the
ACL webhook in the old ops repo still calls.
"""

import logging
import os

import anthropic
import httpx

logger = logging.getLogger(__name__)

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
ACL_SYSTEM = (
    "You review network ACLs. Point out shadowed entries, overly broad permits, and "
    "missing explicit deny/log at the end. Reference ACE sequence numbers."
)


def _default_client():
    return anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))


def explain_acl(acl_text, client=None, model="claude-3-5-sonnet-20240620"):
    client = client or _default_client()
    message = client.messages.create(
        model=model,
        max_tokens=1500,
        system=ACL_SYSTEM,
        messages=[{"role": "user", "content": acl_text}],
    )
    return message.content[0].text


def review_acl_http(acl_text, model="claude-3-5-haiku-20241022", timeout=60.0):
    """httpx version: the webhook container has no anthropic SDK installed."""
    headers = {
        "x-api-key": os.environ["ANTHROPIC_API_KEY"],
        "anthropic-version": "2023-06-01",
        "content-type": "application/json",
    }
    body = {
        "model": model,
        "max_tokens": 1024,
        "system": ACL_SYSTEM,
        "messages": [{"role": "user", "content": acl_text}],
    }
    with httpx.Client(timeout=timeout) as http:
        resp = http.post(ANTHROPIC_URL, headers=headers, json=body)
    resp.raise_for_status()
    data = resp.json()
    logger.info("acl review used %s input tokens", data.get("usage", {}).get("input_tokens"))
    return "".join(block.get("text", "") for block in data.get("content", []))


def shadowed_entries(acl_lines):
    """Cheap local check before asking the model: exact duplicate ACEs."""
    seen, dupes = set(), []
    for line in acl_lines:
        body = " ".join(line.split()[1:]) if line.strip()[:1].isdigit() else line.strip()
        if body in seen:
            dupes.append(line)
        seen.add(body)
    return dupes
