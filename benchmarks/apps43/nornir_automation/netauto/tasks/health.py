"""Device health snapshot + narrative via watsonx (Granite)."""
from __future__ import annotations

from nornir.core.task import Result, Task
from nornir_napalm.plugins.tasks import napalm_get


def collect_health(task: Task) -> Result:
    r = task.run(task=napalm_get, getters=["environment", "facts", "interfaces_counters"])
    env = r.result.get("environment", {})
    cpu = max((v.get("%usage", 0) for v in env.get("cpu", {}).values()), default=0)
    mem = env.get("memory", {})
    used = mem.get("used_ram", 0)
    total = mem.get("available_ram", 0) or 1
    snapshot = {
        "cpu": cpu,
        "mem_pct": round(100 * used / total, 1),
        "uptime": r.result.get("facts", {}).get("uptime"),
        "errors": {
            k: v.get("rx_errors", 0) + v.get("tx_errors", 0)
            for k, v in r.result.get("interfaces_counters", {}).items()
            if v.get("rx_errors", 0) or v.get("tx_errors", 0)
        },
    }
    task.host.data["health"] = snapshot
    return Result(host=task.host, result=snapshot)


def narrate_health(task: Task) -> Result:
    snap = task.host.data.get("health") or task.run(task=collect_health).result
    model = task.host.data.get("watsonx_model")
    if model is None:
        return Result(host=task.host, result="watsonx not configured for this host")
    text = model.generate_text(
        prompt=f"Summarise device health for {task.host.name} in two sentences: {snap}",
        params={"max_new_tokens": 120},
    )
    return Result(host=task.host, result=text)


def estimate_health_prompt_tokens(task: Task) -> Result:
    """Used by the capacity dashboard; tokenize is free on watsonx."""
    model = task.host.data.get("watsonx_model")
    snap = task.host.data.get("health", {})
    toks = model.tokenize(prompt=str(snap), return_tokens=False)
    return Result(host=task.host, result=toks["result"]["token_count"])
