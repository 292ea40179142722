import logging

from flask import Flask
from flask_appbuilder import AppBuilder, SQLA

from .security import PortalSecurityManager

logging.basicConfig(format="%(asctime)s:%(levelname)s:%(name)s:%(message)s")
logging.getLogger().setLevel(logging.INFO)

app = Flask(__name__)
app.config.from_object("config")
db = SQLA(app)
appbuilder = AppBuilder(app, db.session, security_manager_class=PortalSecurityManager)

# AI clients are created once per process and hung off the app so that views,
# jobs and CLI commands share connection pools.
from .ai.clients import init_ai_clients  # noqa: E402

init_ai_clients(app)
# kept for the old views that read appbuilder.openai directly (see views.py)
appbuilder.openai = app.extensions["ai"]["openai"]

from . import views, api, cli  # noqa: E402,F401
