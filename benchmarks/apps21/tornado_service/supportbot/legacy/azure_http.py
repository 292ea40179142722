"""Direct REST calls to our Azure OpenAI deployment.

Predates the openai SDK's Azure support. Still used by the nightly QA report
because the SDK version pinned in that image can't be bumped (see INFRA-412).
"""
import json
import logging
import os

from tornado.httpclient import AsyncHTTPClient, HTTPRequest

log = logging.getLogger(__name__)

API_VERSION = "2024-02-15-preview"


def _deployment_url(deployment):
    endpoint = os.environ["AZURE_OPENAI_ENDPOINT"].rstrip("/")
    return "%s/openai/deployments/%s/chat/completions?api-version=%s" % (
        endpoint, deployment, API_VERSION)


async def azure_chat(messages, deployment="gpt-4o-support", temperature=0.2, http=None):
    http = http or AsyncHTTPClient()
    req = HTTPRequest(
        _deployment_url(deployment),
        method="POST",
        headers={"api-key": os.environ["AZURE_OPENAI_API_KEY"],
                 "Content-Type": "application/json"},
        body=json.dumps({"messages": messages, "temperature": temperature}),
        request_timeout=90,
    )
    resp = await http.fetch(req)
    data = json.loads(resp.body)
    return data["choices"][0]["message"]["content"], data.get("usage", {})


async def grade_transcript(transcript, http=None):
    prompt = ("Grade this support conversation 1-5 for accuracy and empathy. "
              "Return JSON {\"accuracy\": n, \"empathy\": n, \"notes\": str}.\n\n" + transcript)
    content, _usage = await azure_chat([{"role": "user", "content": prompt}], http=http)
    return json.loads(content)
