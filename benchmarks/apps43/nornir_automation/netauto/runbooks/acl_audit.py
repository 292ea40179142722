"""Runbook: ACL audit.

Pulls ACLs, flags any/any permits locally, then asks a model to rewrite the
worst offenders. Provider chosen per-host from inventory (``llm_provider``).
"""
from __future__ import annotations

import json
import logging
import re

from nornir.core import Nornir
from nornir.core.task import Result, Task
from nornir_netmiko.tasks import netmiko_send_command

from netauto.utils.text import redact, truncate

log = logging.getLogger(__name__)

ANY_ANY = re.compile(r"permit (ip|tcp|udp) any any", re.I)


def fetch_acls(task: Task) -> Result:
    out = task.run(task=netmiko_send_command, command_string="show ip access-lists").result
    offenders = [ln.strip() for ln in out.splitlines() if ANY_ANY.search(ln)]
    task.host.data["acl_text"] = out
    task.host.data["acl_offenders"] = offenders
    return Result(host=task.host, result=offenders, failed=bool(offenders))


def suggest_rewrite(task: Task) -> Result:
    """Per-host task; reads the LLM bundle from host data."""
    offenders = task.host.data.get("acl_offenders") or []
    if not offenders:
        return Result(host=task.host, result=None)
    llm = task.host.data["llm"]
    provider = task.host.data.get("llm_provider", llm.provider)
    acl = truncate(redact(task.host.data.get("acl_text", "")), 8000)
    question = f"Suggest least-privilege replacements for: {offenders}\n\nFull ACLs:\n{acl}"
    if provider == "bedrock":
        resp = llm.bedrock.converse(
            modelId=llm.settings.bedrock_model,
            messages=[{"role": "user", "content": [{"text": question}]}],
        )
        text = resp["output"]["message"]["content"][0]["text"]
    elif provider == "watsonx":
        resp = llm.watsonx.chat(messages=[{"role": "user", "content": question}])
        text = resp["choices"][0]["message"]["content"]
    else:
        resp = llm.openai.responses.create(model=llm.settings.openai_model, input=question)
        text = resp.output_text
    return Result(host=task.host, result=text)


def run(nr: Nornir) -> dict[str, str]:
    res = nr.run(task=fetch_acls, name="fetch acls")
    bad = nr.filter(filter_func=lambda h: h.name in res.failed_hosts)
    if not bad.inventory.hosts:
        return {}
    sugg = bad.run(task=suggest_rewrite, name="suggest")
    out = {h: m[0].result for h, m in sugg.items() if not m.failed and m[0].result}
    log.info("acl audit: %s", json.dumps({h: len(v) for h, v in out.items()}))
    return out
