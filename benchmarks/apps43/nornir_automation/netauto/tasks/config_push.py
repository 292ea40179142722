"""Render intended config from templates and push it with NAPALM."""
from __future__ import annotations

from nornir.core.task import Result, Task
from nornir_jinja2.plugins.tasks import template_file
from nornir_napalm.plugins.tasks import napalm_configure

from netauto.settings import get_settings


def render_config(task: Task, template: str = "base.j2", path: str = "templates") -> Result:
    r = task.run(
        task=template_file,
        template=f"{task.host.platform}/{template}",
        path=path,
        name="render",
        **task.host.data.get("template_vars", {}),
    )
    task.host.data["intended_config"] = r.result
    return Result(host=task.host, result=r.result)


def render_and_diff(task: Task, template: str = "base.j2") -> Result:
    """Render then load as candidate with dry_run=True to get the diff."""
    task.run(task=render_config, template=template)
    r = task.run(
        task=napalm_configure,
        configuration=task.host.data["intended_config"],
        replace=False,
        dry_run=True,
        name="diff",
    )
    diff = r.diff or ""
    task.host.data["pending_diff"] = diff
    return Result(host=task.host, result=diff, diff=diff, changed=bool(diff))


def push_config(task: Task, dry_run: bool | None = None) -> Result:
    if dry_run is None:
        dry_run = get_settings().dry_run
    config = task.host.data.get("intended_config")
    if not config:
        return Result(host=task.host, failed=True, result="no intended config rendered")
    r = task.run(task=napalm_configure, configuration=config, replace=False, dry_run=dry_run)
    return Result(host=task.host, result=r.diff, diff=r.diff, changed=r.changed)
