"""Built-in worker plugins.  Third parties register more through entry points."""
from agent_workers.plugins.base import WorkerPlugin

__all__ = ["WorkerPlugin"]
