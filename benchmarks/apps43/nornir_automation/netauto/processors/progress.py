"""Console progress processor (rich)."""
from __future__ import annotations

import threading

from nornir.core.inventory import Host
from nornir.core.task import AggregatedResult, MultiResult, Task
from rich.console import Console
from rich.progress import Progress


class ProgressProcessor:
    def __init__(self, console: Console | None = None):
        self.console = console or Console()
        self._progress: Progress | None = None
        self._task_id = None
        self._lock = threading.Lock()

    def task_started(self, task: Task) -> None:
        self._progress = Progress(console=self.console, transient=True)
        self._progress.start()
        self._task_id = self._progress.add_task(task.name, total=len(task.nornir.inventory.hosts))

    def task_completed(self, task: Task, result: AggregatedResult) -> None:
        if self._progress:
            self._progress.stop()
        failed = len(result.failed_hosts)
        self.console.print(f"[bold]{task.name}[/bold]: {len(result) - failed} ok, {failed} failed")

    def task_instance_started(self, task: Task, host: Host) -> None:
        pass

    def task_instance_completed(self, task: Task, host: Host, result: MultiResult) -> None:
        with self._lock:
            if self._progress is not None:
                self._progress.advance(self._task_id)

    def subtask_instance_started(self, task: Task, host: Host) -> None:
        pass

    def subtask_instance_completed(self, task: Task, host: Host, result: MultiResult) -> None:
        pass
