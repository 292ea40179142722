"""RQ worker entry point.

    python worker.py enrichment media

Each job runs inside an application context so services can use
``current_app.config`` and the SQLAlchemy session exactly as views do.
"""
import logging
import sys

from dotenv import load_dotenv
from rq import Queue, Worker

load_dotenv()

from newsroom import create_app  # noqa: E402
from newsroom.extensions import queues  # noqa: E402

log = logging.getLogger("newsroom.worker")


class AppContextWorker(Worker):
    """Pushes a Flask app context around every job."""

    flask_app = None

    def perform_job(self, job, queue):
        with self.flask_app.app_context():
            return super().perform_job(job, queue)


def main(argv):
    app = create_app()
    names = argv[1:] or app.config["RQ_QUEUES"]
    with app.app_context():
        connection = queues.redis
        AppContextWorker.flask_app = app
        worker = AppContextWorker(
            [Queue(name, connection=connection) for name in names],
            connection=connection,
        )
        log.info("starting worker on %s", ", ".join(names))
        worker.work(with_scheduler=True)


if __name__ == "__main__":
    main(sys.argv)
