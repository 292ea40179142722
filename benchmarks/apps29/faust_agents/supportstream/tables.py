from datetime import timedelta

from supportstream.app import app

# per-ticket state: latest triage/moderation/summary
ticket_state = app.Table("ticket-state", default=dict, partitions=8)

# counts per category, tumbling 1h windows (used by the SLA digest timer)
category_counts = (
    app.Table("category-counts", default=int, partitions=8)
    .tumbling(timedelta(hours=1), expires=timedelta(days=2))
    .relative_to_now()
)

# token spend per provider, flushed by UsageFlushService
token_spend = app.Table("token-spend", default=int, partitions=1)

# account -> detected language (cached so we don't re-detect every message)
account_language = app.Table("account-language", default=str, partitions=8)
