"""Generate interface descriptions from LLDP neighbours.

The template part is deterministic (ConfigGenerator); Claude is only used to
normalise messy neighbour hostnames when --smart is on.
"""
from __future__ import annotations

import json

import anthropic
from nornir.core.task import Result, Task
from nornir_napalm.plugins.tasks import napalm_get

from netauto.utils.changes import ConfigGenerator

NORMALISE_PROMPT = (
    "Normalise these LLDP system names to short hostnames (strip domain, lowercase). "
    "Return a JSON object mapping input to output."
)


def lldp_neighbors(task: Task) -> Result:
    r = task.run(task=napalm_get, getters=["lldp_neighbors"])
    nbrs = {ifc: items[0]["hostname"] for ifc, items in r.result["lldp_neighbors"].items() if items}
    task.host.data["lldp"] = nbrs
    return Result(host=task.host, result=nbrs)


def normalise_names(names: list[str], client: anthropic.Anthropic | None = None) -> dict[str, str]:
    client = client or anthropic.Anthropic()
    msg = client.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=500,
        messages=[{"role": "user", "content": NORMALISE_PROMPT + "\n" + json.dumps(names)}],
    )
    try:
        return json.loads(msg.content[0].text)
    except (json.JSONDecodeError, IndexError):
        return {n: n.split(".")[0].lower() for n in names}


def describe_interfaces(task: Task, smart: bool = False) -> Result:
    nbrs = task.host.data.get("lldp") or task.run(task=lldp_neighbors).result
    if smart and nbrs:
        mapping = normalise_names(sorted(set(nbrs.values())))
        nbrs = {k: mapping.get(v, v) for k, v in nbrs.items()}
    config = ConfigGenerator().generate(nbrs)
    task.host.data.setdefault("template_vars", {})["interface_descriptions"] = config
    return Result(host=task.host, result=config, changed=bool(config))
