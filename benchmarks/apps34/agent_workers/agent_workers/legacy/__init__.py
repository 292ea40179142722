"""Pre-0.5 code paths still used by a couple of cron jobs.  Do not add to this package."""
from agent_workers.legacy.shared import client, grok_client

__all__ = ["client", "grok_client"]
