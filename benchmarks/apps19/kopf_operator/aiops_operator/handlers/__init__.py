"""Importing this package registers every kopf handler."""
from aiops_operator.handlers import (  # noqa: F401
    daemons,
    fields,
    promptjobs,
    startup,
    timers,
    webhooks,
    workloads,
)
