"""Flask extension instances, initialised in create_app()."""
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from redis import Redis
from rq import Queue

from newsroom.ai.ext import AIClients

db = SQLAlchemy()
migrate = Migrate()
login_manager = LoginManager()
ai_clients = AIClients()


class Queues:
    """Tiny RQ integration: one Redis connection, named queues from config."""

    def __init__(self, app=None):
        self.redis = None
        self._queues = {}
        if app is not None:
            self.init_app(app)

    def init_app(self, app):
        self.redis = Redis.from_url(app.config["REDIS_URL"])
        timeout = app.config.get("RQ_DEFAULT_TIMEOUT", 600)
        is_async = not app.config.get("TESTING", False)
        self._queues = {
            name: Queue(name, connection=self.redis, default_timeout=timeout, is_async=is_async)
            for name in app.config["RQ_QUEUES"]
        }
        app.extensions["queues"] = self

    def __getitem__(self, name):
        return self._queues[name]

    def enqueue(self, queue_name, func, *args, **kwargs):
        return self._queues[queue_name].enqueue(func, *args, **kwargs)


queues = Queues()
