"""
External pillar that adds LLM-derived data to a minion's pillar:

- ``llm:role_summary``: a one-line description of the minion's role,
  derived from its grains (Bedrock).
- ``llm:motd``: a friendly MOTD (Cohere via raw HTTP, because the pillar
  render runs on the master venv which doesn't have the cohere SDK).

Results are cached per minion for ``cache_ttl`` seconds in the master cache.

.. code-block:: yaml

    ext_pillar:
      - llm_pillar:
          region: us-east-1
          cache_ttl: 86400
"""
import json
import logging
import time

import salt.cache
import salt.utils.http

log = logging.getLogger(__name__)

__virtualname__ = "llm_pillar"

BANK = "llm_pillar"


def __virtual__():
    return __virtualname__


def _role_summary(grains, region):
    brt = __utils__["llm_clients.bedrock_runtime"](region)
    facts = {k: grains.get(k) for k in ("id", "os", "roles", "ec2_tags", "num_cpus", "mem_total")}
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 60,
        "messages": [
            {
                "role": "user",
                "content": "Describe this server's role in one line: " + json.dumps(facts, default=str),
            }
        ],
    }
    resp = brt.invoke_model(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        body=json.dumps(body),
    )
    payload = json.loads(resp["body"].read())
    return payload["content"][0]["text"].strip()


def _motd(minion_id, role, api_key):
    ret = salt.utils.http.query(
        "https://api.cohere.com/v2/chat",
        method="POST",
        header_dict={"Authorization": "Bearer " + api_key, "Content-Type": "application/json"},
        data=json.dumps(
            {
                "model": "command-r-08-2024",
                "messages": [
                    {"role": "user", "content": "Short friendly MOTD for {} ({})".format(minion_id, role)}
                ],
            }
        ),
        decode=True,
        decode_type="json",
        opts=__opts__,
    )
    data = ret.get("dict") or {}
    try:
        return data["message"]["content"][0]["text"]
    except (KeyError, IndexError):
        return "Welcome to {}".format(minion_id)


def ext_pillar(minion_id, pillar, region="us-east-1", cache_ttl=86400, motd=True):
    cache = salt.cache.factory(__opts__)
    cached = cache.fetch(BANK, minion_id) or {}
    if cached and time.time() - cached.get("ts", 0) < cache_ttl:
        return {"llm": cached["data"]}
    grains = __grains__ if "__grains__" in globals() else pillar.get("grains", {})
    data = {}
    try:
        data["role_summary"] = _role_summary(grains, region)
        if motd:
            key = __opts__.get("llm", {}).get("keys", {}).get("cohere")
            if key:
                data["motd"] = _motd(minion_id, data["role_summary"], key)
    except Exception as exc:  # pylint: disable=broad-except
        log.warning("llm_pillar: %s: %s", minion_id, exc)
        return {}
    cache.store(BANK, minion_id, {"ts": time.time(), "data": data})
    return {"llm": data}
