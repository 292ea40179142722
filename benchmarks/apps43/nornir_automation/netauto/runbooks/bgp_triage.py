"""Runbook: BGP neighbor triage.

Collects neighbor state with NAPALM, pulls recent syslog lines, and streams a
triage plan from Claude so the on-call sees output immediately.
"""
from __future__ import annotations

import logging
import re

from nornir.core import Nornir
from nornir.core.task import Result, Task
from nornir_napalm.plugins.tasks import napalm_get
from nornir_netmiko.tasks import netmiko_send_command

from netauto.llm import get_mistral_client, make_anthropic_client
from netauto.llm.prompts import TRIAGE_SYSTEM

log = logging.getLogger(__name__)

DOWN_STATES = {"Idle", "Active", "Connect", "OpenSent", "OpenConfirm"}


def collect_bgp(task: Task) -> Result:
    r = task.run(task=napalm_get, getters=["bgp_neighbors"])
    down = []
    for vrf, data in r.result["bgp_neighbors"].items():
        for peer, info in data.get("peers", {}).items():
            if not info.get("is_up"):
                down.append({"vrf": vrf, "peer": peer, "remote_as": info.get("remote_as")})
    logs = task.run(
        task=netmiko_send_command,
        command_string="show logging | include BGP",
        name="bgp logs",
    ).result
    task.host.data["bgp_down"] = down
    task.host.data["bgp_logs"] = "\n".join(logs.splitlines()[-40:])
    return Result(host=task.host, result=down, failed=bool(down))


def _triage_prompt(host: str, down: list[dict], logs: str) -> str:
    peers = "\n".join(f"- {d['peer']} (AS{d['remote_as']}, vrf {d['vrf']})" for d in down)
    return f"Router {host}\nDown peers:\n{peers}\n\nRecent logs:\n{logs}"


def stream_triage(host: str, down: list[dict], logs: str, echo=print) -> str:
    client = make_anthropic_client()
    parts: list[str] = []
    with client.messages.stream(
        model="claude-3-5-sonnet-20241022",
        max_tokens=900,
        system=TRIAGE_SYSTEM,
        messages=[{"role": "user", "content": _triage_prompt(host, down, logs)}],
    ) as stream:
        for text in stream.text_stream:
            echo(text, end="", flush=True)
            parts.append(text)
    echo()
    return "".join(parts)


def quick_classify(logs: str) -> str:
    """Cheap first pass on Mistral to tag the failure class (auth/mtu/policy/...)."""
    mistral = get_mistral_client()
    res = mistral.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": f"Classify this BGP failure in one word:\n{logs}"}],
        max_tokens=5,
    )
    label = res.choices[0].message.content.strip().lower()
    return re.sub(r"[^a-z_]", "", label) or "unknown"


def run(nr: Nornir, stream: bool = True) -> dict[str, str]:
    result = nr.run(task=collect_bgp, name="collect bgp")
    plans: dict[str, str] = {}
    for host_name in result.failed_hosts:
        host = nr.inventory.hosts[host_name]
        down = host.data.get("bgp_down", [])
        logs = host.data.get("bgp_logs", "")
        category = quick_classify(logs)
        log.info("%s: %d peers down, category=%s", host_name, len(down), category)
        if stream:
            plans[host_name] = stream_triage(host_name, down, logs)
        else:
            plans[host_name] = category
    return plans
