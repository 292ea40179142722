from dbos import Queue

from app.config import settings

ingest_queue = Queue("ingest", concurrency=settings.ingest_concurrency)
review_queue = Queue("review", concurrency=settings.review_concurrency, worker_concurrency=1)
# Voyage rate limit is 300 RPM on our plan
embed_queue = Queue("embed-backfill", limiter={"limit": 250, "period": 60})
