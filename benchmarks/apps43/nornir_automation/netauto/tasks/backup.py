"""Running-config backup tasks."""
from __future__ import annotations

import hashlib
from pathlib import Path

from nornir.core.task import Result, Task
from nornir_napalm.plugins.tasks import napalm_get
from nornir_netmiko.tasks import netmiko_send_command
from nornir_utils.plugins.tasks.files import write_file

from netauto.settings import get_settings


def get_running_config(task: Task) -> Result:
    if task.host.platform in ("junos", "eos"):
        r = task.run(task=napalm_get, getters=["config"], name="napalm config")
        config = r.result["config"]["running"]
    else:
        r = task.run(task=netmiko_send_command, command_string="show running-config", name="show run")
        config = r.result
    return Result(host=task.host, result=config)


def backup_config(task: Task, backup_dir: str | None = None) -> Result:
    backup_dir = backup_dir or get_settings().backup_dir
    cfg = task.run(task=get_running_config).result
    path = Path(backup_dir) / f"{task.host.name}.cfg"
    previous = path.read_text() if path.exists() else ""
    changed = hashlib.sha256(previous.encode()).hexdigest() != hashlib.sha256(cfg.encode()).hexdigest()
    task.run(task=write_file, filename=str(path), content=cfg)
    task.host.data["running_config"] = cfg
    return Result(host=task.host, result={"path": str(path), "changed": changed}, changed=changed)
