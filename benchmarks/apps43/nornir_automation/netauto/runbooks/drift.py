"""Runbook: nightly config drift against golden backups.

Mostly plain diffing; the Bedrock call is only made when drift is found.
"""
from __future__ import annotations

import difflib
import json
from pathlib import Path

from nornir.core import Nornir

from netauto.llm.clients import get_bedrock_runtime
from netauto.settings import get_settings
from netauto.tasks.backup import get_running_config


def _golden(host: str, golden_dir: str) -> str:
    p = Path(golden_dir) / f"{host}.cfg"
    return p.read_text() if p.exists() else ""


def detect(nr: Nornir, golden_dir: str = "golden") -> dict[str, str]:
    res = nr.run(task=get_running_config, name="fetch running")
    drift = {}
    for host, multi in res.items():
        if multi.failed:
            continue
        golden = _golden(host, golden_dir).splitlines()
        running = multi[0].result.splitlines()
        d = "\n".join(difflib.unified_diff(golden, running, "golden", "running", lineterm=""))
        if d:
            drift[host] = d
    return drift


def explain_drift(drift: dict[str, str], region: str | None = None) -> dict[str, str]:
    cfg = get_settings().llm
    bedrock = get_bedrock_runtime(region)
    notes = {}
    for host, d in drift.items():
        resp = bedrock.invoke_model(
            modelId=cfg.bedrock_model,
            body=json.dumps(
                {
                    "anthropic_version": "bedrock-2023-05-31",
                    "max_tokens": 300,
                    "messages": [{"role": "user", "content": f"Why might {host} have drifted?\n{d[:6000]}"}],
                }
            ),
        )
        notes[host] = json.loads(resp["body"].read())["content"][0]["text"]
    return notes


def drift_prompt_tokens(drift: dict[str, str]) -> int:
    """Budget check before the nightly run. count_tokens is not billed."""
    cfg = get_settings().llm
    bedrock = get_bedrock_runtime()
    total = 0
    for d in drift.values():
        r = bedrock.count_tokens(
            modelId=cfg.bedrock_model,
            input={"converse": {"messages": [{"role": "user", "content": [{"text": d}]}]}},
        )
        total += r["inputTokens"]
    return total
