"""RQ worker entry point: `python worker.py ai default low`."""
import sys

from redis import Redis
from rq import Worker

from app import app

if __name__ == "__main__":
    queues = sys.argv[1:] or ["ai", "default", "low"]
    with app.app_context():
        worker = Worker(queues, connection=Redis.from_url(app.config["REDIS_URL"]))
        worker.work(with_scheduler=True)
