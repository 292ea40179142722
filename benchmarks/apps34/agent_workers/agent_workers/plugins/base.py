from __future__ import annotations

import abc
import logging
from typing import TYPE_CHECKING, ClassVar

from agent_workers.models import Task, TaskResult

if TYPE_CHECKING:
    from agent_workers.toolbox import Toolbox


class WorkerPlugin(abc.ABC):
    kind: ClassVar[str]

    def __init__(self) -> None:
        self.log = logging.getLogger(f"agent_workers.plugins.{self.kind}")
        self.toolbox: "Toolbox | None" = None

    async def setup(self, toolbox: "Toolbox") -> None:
        """Called once at start-up with the shared clients."""
        self.toolbox = toolbox

    async def teardown(self) -> None:
        return None

    @abc.abstractmethod
    async def handle(self, task: Task, toolbox: "Toolbox") -> TaskResult:
        ...

    def require(self, task: Task, *keys: str) -> None:
        missing = [k for k in keys if k not in task.payload]
        if missing:
            raise ValueError(f"{self.kind}: payload missing {missing}")
