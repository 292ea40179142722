from saq import Queue

from app.config import get_settings

# Shared by the API (enqueue) and the worker process (dequeue).
queue = Queue.from_url(get_settings().redis_url, name="lexbridge")
