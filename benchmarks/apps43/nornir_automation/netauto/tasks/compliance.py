"""Compliance checks: regex rules first, then a model classifies severity."""
from __future__ import annotations

import re
from dataclasses import dataclass

from mistralai import Mistral
from nornir.core.task import Result, Task

from netauto.llm.prompts import COMPLIANCE_SYSTEM
from netauto.llm.registry import parse_json_reply
from netauto.tasks.backup import get_running_config


@dataclass
class Rule:
    name: str
    pattern: str
    must_exist: bool = True

    def check(self, config: str) -> bool:
        found = re.search(self.pattern, config, re.MULTILINE) is not None
        return found if self.must_exist else not found


DEFAULT_RULES = [
    Rule("ssh-v2", r"^ip ssh version 2"),
    Rule("no-telnet", r"transport input .*telnet", must_exist=False),
    Rule("ntp", r"^ntp server "),
    Rule("aaa", r"^aaa new-model"),
    Rule("logging", r"^logging host "),
    Rule("no-http", r"^ip http server", must_exist=False),
]


def check_rules(task: Task, rules: list[Rule] | None = None) -> Result:
    rules = rules or DEFAULT_RULES
    config = task.host.data.get("running_config") or task.run(task=get_running_config).result
    failures = [r.name for r in rules if not r.check(config)]
    return Result(host=task.host, result=failures, failed=bool(failures))


def classify_findings(task: Task, mistral_api_key: str, model: str = "mistral-small-latest") -> Result:
    """Ask Mistral to rank findings. Built its own client because this task
    runs from the compliance cron which doesn't go through init_nornir()."""
    failures = task.run(task=check_rules, severity_level=20).result
    if not failures:
        return Result(host=task.host, result={})
    client = Mistral(api_key=mistral_api_key)
    res = client.chat.complete(
        model=model,
        messages=[
            {"role": "system", "content": COMPLIANCE_SYSTEM},
            {"role": "user", "content": f"Host {task.host.name} failed: {', '.join(failures)}"},
        ],
        response_format={"type": "json_object"},
    )
    return Result(host=task.host, result=parse_json_reply(res.choices[0].message.content))
