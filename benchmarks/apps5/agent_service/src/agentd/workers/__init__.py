from agentd.workers.handlers import HANDLERS
from agentd.workers.pool import WorkerPool

__all__ = ["HANDLERS", "WorkerPool"]
