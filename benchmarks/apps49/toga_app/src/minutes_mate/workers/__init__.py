from minutes_mate.workers.background import BackgroundJobs

__all__ = ["BackgroundJobs"]
