"""Background jobs run by the in-process scheduler (see scheduler.py)."""

from supportdesk.jobs import digest, nightly_triage, reindex_kb

JOBS = {
    "reindex_kb": reindex_kb.run,
    "nightly_triage": nightly_triage.run,
    "daily_digest": digest.run,
    "sentiment_batch": nightly_triage.sentiment_batch,
}
