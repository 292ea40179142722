"""Admin panel endpoints: key health, model lists, provider switches, jobs."""
import logging

import anvil.server
import anvil.users
from anvil.tables import app_tables

from .llm import client_for, get_openai_client
from .llm.clients import reset_clients
from .llm.multi_model_service import multi_model_service

log = logging.getLogger(__name__)


def _require_admin():
    user = anvil.users.get_user()
    if not user or user["role"] != "admin":
        raise anvil.server.PermissionDenied("Admins only")


@anvil.server.callable
def available_models():
    _require_admin()
    openai_models = sorted(m.id for m in get_openai_client().models.list() if m.id.startswith("gpt"))
    gemini_models = [m.name for m in client_for("gemini").models.list()]
    cohere_models = [m.name for m in client_for("cohere").models.list().models]
    return {"openai": openai_models, "gemini": gemini_models, "cohere": cohere_models}


@anvil.server.callable
def check_keys():
    """Cheap, non-billable checks that each key is valid."""
    _require_admin()
    status = {}
    try:
        get_openai_client().models.retrieve("gpt-4o-mini")
        status["openai"] = "ok"
    except Exception as e:
        status["openai"] = str(e)
    try:
        client_for("anthropic").models.list(limit=1)
        status["anthropic"] = "ok"
    except Exception as e:
        status["anthropic"] = str(e)
    try:
        client_for("cohere").check_api_key()
        status["cohere"] = "ok"
    except Exception as e:
        status["cohere"] = str(e)
    return status


@anvil.server.callable
def set_feature_provider(feature, provider, model=None):
    _require_admin()
    row = app_tables.settings.get(key=f"provider:{feature}")
    if row is None:
        app_tables.settings.add_row(key=f"provider:{feature}", value=provider)
    else:
        row["value"] = provider
    if model:
        multi_model_service.override(feature, provider, model)
    return True


@anvil.server.callable
def rotate_keys():
    _require_admin()
    reset_clients()
    log.info("LLM clients reset after key rotation")


@anvil.server.callable
def start_job(name):
    _require_admin()
    allowed = {"classify_backlog", "reindex_articles", "backfill_missing_summaries", "nightly_digest"}
    if name not in allowed:
        raise ValueError(name)
    return anvil.server.launch_background_task(name).get_id()


@anvil.server.callable
def job_progress(task_id):
    task = anvil.server.get_background_task(task_id)
    return {"state": task.get_state(), "running": task.is_running()}
