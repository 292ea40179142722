"""DocIntel Function App (Python v2 programming model).

All functions are defined in blueprints under ``blueprints/`` and registered
here.  ``DFApp`` is required (instead of ``func.FunctionApp``) because the
durable pipeline blueprint declares orchestrators and activities.
"""

import logging

import azure.durable_functions as df
import azure.functions as func

from blueprints.admin import bp as admin_bp
from blueprints.durable_pipeline import bp as durable_bp
from blueprints.http_chat import bp as chat_bp
from blueprints.http_search import bp as search_bp
from blueprints.queue_enrichment import bp as enrichment_bp
from blueprints.timer_jobs import bp as timer_bp

logging.getLogger("azure.core.pipeline.policies.http_logging_policy").setLevel(logging.WARNING)
logging.getLogger("httpx").setLevel(logging.WARNING)

app = df.DFApp(http_auth_level=func.AuthLevel.FUNCTION)

app.register_functions(chat_bp)
app.register_functions(search_bp)
app.register_functions(enrichment_bp)
app.register_functions(timer_bp)
app.register_functions(durable_bp)
app.register_functions(admin_bp)


@app.route(route="ping", methods=["GET"], auth_level=func.AuthLevel.ANONYMOUS)
def ping(req: func.HttpRequest) -> func.HttpResponse:
    """Liveness probe for Front Door.  Must not touch any downstream service."""
    return func.HttpResponse("pong", status_code=200)
