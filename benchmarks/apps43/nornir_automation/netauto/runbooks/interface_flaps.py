"""Runbook: detect flapping interfaces and have watsonx write up the findings.

EU sites use this one because the data has to stay with IBM Frankfurt.
"""
from __future__ import annotations

import logging
from collections import Counter

from nornir.core import Nornir
from nornir.core.task import Result, Task
from nornir_netmiko.tasks import netmiko_send_command

from llmops.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

FLAP_PATTERNS = ("changed state to down", "changed state to up", "LINK-3-UPDOWN", "LINEPROTO-5-UPDOWN")


def find_flaps(task: Task, threshold: int = 4) -> Result:
    out = task.run(task=netmiko_send_command, command_string="show logging", name="show logging").result
    counts: Counter[str] = Counter()
    for line in out.splitlines():
        if any(p in line for p in FLAP_PATTERNS):
            for token in line.split():
                if token.rstrip(",").startswith(("Gi", "Te", "Et", "xe-", "ge-", "Hu")):
                    counts[token.rstrip(",")] += 1
    flapping = {k: v for k, v in counts.items() if v >= threshold}
    task.host.data["flapping"] = flapping
    return Result(host=task.host, result=flapping, changed=False, failed=bool(flapping))


def writeup(nr: Nornir, flaps: dict[str, dict[str, int]]) -> str:
    model = nr.data.llm.watsonx
    lines = [f"{h}: " + ", ".join(f"{i} x{c}" for i, c in ifs.items()) for h, ifs in flaps.items()]
    resp = model.chat(
        messages=[
            {"role": "system", "content": "You write incident notes for network operations."},
            {"role": "user", "content": "Interfaces flapping in the last 24h:\n" + "\n".join(lines)},
        ],
        params={"max_tokens": 400},
    )
    return resp["choices"][0]["message"]["content"]


def stream_writeup(nr: Nornir, flaps: dict[str, dict[str, int]]):
    model = nr.data.llm.watsonx
    msgs = [{"role": "user", "content": f"Briefly: what would cause these flaps? {flaps}"}]
    for chunk in model.chat_stream(messages=msgs):
        if chunk.get("choices"):
            yield chunk["choices"][0]["delta"].get("content", "")


async def writeup_tracked(flaps: dict[str, dict[str, int]]) -> str:
    """Same as writeup() but through the shared, cost-tracked service (non-EU sites)."""
    lines = [f"{h}: {ifs}" for h, ifs in flaps.items()]
    return await multi_model_service.generate_response(
        prompt="Write an incident note for these interface flaps:\n" + "\n".join(lines),
        task_type="incident_note",
        complexity=TaskComplexity.SIMPLE,
    )


def run(nr: Nornir) -> str:
    res = nr.run(task=find_flaps, name="find flaps")
    flaps = {h: nr.inventory.hosts[h].data.get("flapping", {}) for h in res.failed_hosts}
    if not flaps:
        return "No flapping interfaces."
    return writeup(nr, flaps)
