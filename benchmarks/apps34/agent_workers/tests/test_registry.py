from __future__ import annotations

from importlib.metadata import EntryPoint
from unittest.mock import patch

import pytest

from agent_workers.models import Task, TaskResult
from agent_workers.plugins.base import WorkerPlugin
from agent_workers.registry import PluginRegistry, discover


class EchoPlugin(WorkerPlugin):
    kind = "echo"

    async def handle(self, task: Task, toolbox) -> TaskResult:
        return TaskResult.ok(task, dict(task.payload))


def test_register_rejects_duplicates():
    reg = PluginRegistry()
    reg.register(EchoPlugin())
    with pytest.raises(ValueError):
        reg.register(EchoPlugin())


def test_discover_filters_enabled():
    eps = [
        EntryPoint(name="echo", value="tests.test_registry:EchoPlugin", group="agent_workers.plugins"),
        EntryPoint(name="other", value="tests.test_registry:EchoPlugin", group="agent_workers.plugins"),
    ]
    with patch("agent_workers.registry.entry_points", return_value=eps):
        reg = discover(["echo"])
    assert reg.kinds() == ["echo"]


def test_broken_plugin_is_skipped():
    eps = [EntryPoint(name="bad", value="does.not.exist:Nope", group="agent_workers.plugins")]
    with patch("agent_workers.registry.entry_points", return_value=eps):
        reg = discover(None)
    assert len(reg) == 0
