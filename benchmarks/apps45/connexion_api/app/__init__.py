"""Application factory for the Connexion app."""
import logging
import pathlib

import connexion
from connexion.options import SwaggerUIOptions

from app.config import get_config
from app.errors import register_error_handlers
from app.services import clients as llm_clients
from app.services.container import build_container
from app.services.llm_usage_tracker import llm_tracker
from app.repositories.usage import UsageSink

SPEC_DIR = pathlib.Path(__file__).resolve().parent.parent / "openapi"


def create_app(env=None, clients=None):
    cnx = connexion.FlaskApp(
        __name__,
        specification_dir=SPEC_DIR,
        swagger_ui_options=SwaggerUIOptions(swagger_ui_path="/docs"),
    )
    cnx.add_api("api.yaml", pythonic_params=True, strict_validation=True)

    flask_app = cnx.app
    flask_app.config.from_object(get_config(env))
    logging.basicConfig(level=flask_app.config.get("LOG_LEVEL", "INFO"))

    # tests pass a bundle of fakes here
    if clients is None:
        clients = llm_clients.init_app(flask_app)
    else:
        flask_app.extensions["llm"] = clients
    flask_app.extensions["container"] = build_container(clients, flask_app.config)

    llm_tracker.configure(UsageSink(flask_app.config["DATABASE_URL"]))
    register_error_handlers(cnx)
    return cnx
