"""ASGI entry point: ``uvicorn recruit_api.asgi:app``."""
import logging

from recruit_api.app import create_app
from recruit_api.config import Settings

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")

app = create_app(Settings.from_env())
