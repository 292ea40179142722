"""Errbot configuration for the ops chatbot ("opsy").

Values that differ between environments come from the environment; see
deploy/helm/values.yaml for the production overrides.
"""
import logging
import os

_HERE = os.path.dirname(os.path.abspath(__file__))

BACKEND = os.environ.get("ERRBOT_BACKEND", "SlackV3")

BOT_DATA_DIR = os.environ.get("ERRBOT_DATA_DIR", os.path.join(_HERE, "data"))
BOT_EXTRA_PLUGIN_DIR = os.path.join(_HERE, "plugins")
BOT_EXTRA_BACKEND_DIR = os.environ.get("ERRBOT_BACKEND_DIR")

BOT_LOG_FILE = os.environ.get("ERRBOT_LOG_FILE", os.path.join(BOT_DATA_DIR, "errbot.log"))
BOT_LOG_LEVEL = getattr(logging, os.environ.get("ERRBOT_LOG_LEVEL", "INFO"))
BOT_LOG_SENTRY = bool(os.environ.get("SENTRY_DSN"))
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
SENTRY_LOGLEVEL = logging.ERROR

BOT_IDENTITY = {
    "token": os.environ.get("SLACK_BOT_TOKEN", ""),
    "signing_secret": os.environ.get("SLACK_SIGNING_SECRET", ""),
    "app_token": os.environ.get("SLACK_APP_TOKEN", ""),
}

BOT_ADMINS = tuple(
    a.strip() for a in os.environ.get("ERRBOT_ADMINS", "@sre-oncall").split(",") if a.strip()
)
BOT_ADMINS_NOTIFICATIONS = ()

BOT_PREFIX = "!"
BOT_ALT_PREFIXES = ("@opsy",)
BOT_ALT_PREFIX_CASEINSENSITIVE = True

CHATROOM_PRESENCE = tuple(
    r.strip() for r in os.environ.get("ERRBOT_ROOMS", "#ops,#incidents").split(",") if r.strip()
)
CHATROOM_FN = "opsy"

CORE_PLUGINS = ("ACLs", "Help", "Health", "Plugins", "Utils", "Webserver", "CommandNotFoundFilter")

ACCESS_CONTROLS_DEFAULT = {}
ACCESS_CONTROLS = {
    "LLMAdmin:*": {"allowusers": BOT_ADMINS},
    "RunbookQA:runbook_reindex": {"allowusers": BOT_ADMINS},
    "IncidentSummary:incident_backfill": {"allowusers": BOT_ADMINS},
}

DIVERT_TO_PRIVATE = ("help", "about", "llm_models", "llm_cost")
DIVERT_TO_THREAD = ("runbook_ask", "pr_explain", "incident_summary")
MESSAGE_SIZE_LIMIT = 3500

# --- LLM settings shared by the plugins (read via self.bot_config) --------
LLM_DEFAULT_PROVIDER = os.environ.get("LLM_DEFAULT_PROVIDER", "openai")
LLM_REQUEST_TIMEOUT = float(os.environ.get("LLM_REQUEST_TIMEOUT", "60"))
LLM_MONTHLY_BUDGET_USD = float(os.environ.get("LLM_MONTHLY_BUDGET_USD", "400"))
RUNBOOK_REPO_PATH = os.environ.get("RUNBOOK_REPO_PATH", os.path.join(_HERE, "runbooks"))
