from labelkit.runner.base import JobRunner, Progress, RunSummary
from labelkit.runner.pool import ThreadPoolRunner

__all__ = ["JobRunner", "Progress", "RunSummary", "ThreadPoolRunner", "make_runner"]


def make_runner(spec, adapter, **kwargs):
    """Sequential runner for concurrency 1 (debugging), thread pool otherwise."""
    if spec.concurrency <= 1:
        return JobRunner(spec, adapter, **kwargs)
    return ThreadPoolRunner(spec, adapter, **kwargs)
