"""Command-line / environment configuration.

We still use tornado.options for historical reasons; most values can also be
supplied through the environment (see ``load_env_overrides``).
"""
import os

from tornado.options import define, options

define("port", default=8888, type=int, help="listen port")
define("debug", default=False, type=bool, help="tornado debug mode")
define("db_url", default="postgresql://helpdesk@localhost/helpdesk", type=str)
define("redis_url", default="redis://localhost:6379/0", type=str)

# model selection
define("chat_model", default="gpt-4o-mini", type=str)
define("draft_model", default="claude-3-5-sonnet-20241022", type=str)
define("summary_model", default="claude-3-5-haiku-20241022", type=str)
define("embed_model", default="voyage-3", type=str)
define("rerank_model", default="rerank-v3.5", type=str)
define("grok_model", default="grok-2-latest", type=str)

# azure
define("azure_endpoint", default="", type=str)
define("azure_api_version", default="2024-06-01", type=str)
define("azure_deployment", default="gpt-4o-support", type=str)
define("use_azure", default=False, type=bool)

# periodic jobs
define("stale_ticket_interval_ms", default=15 * 60 * 1000, type=int)
define("kb_refresh_interval_ms", default=60 * 60 * 1000, type=int)
define("enable_periodic", default=True, type=bool)


ENV_MAP = {
    "PORT": "port",
    "HELPDESK_DEBUG": "debug",
    "DATABASE_URL": "db_url",
    "REDIS_URL": "redis_url",
    "AZURE_OPENAI_ENDPOINT": "azure_endpoint",
    "HELPDESK_USE_AZURE": "use_azure",
}


def load_env_overrides():
    for env_name, opt_name in ENV_MAP.items():
        raw = os.environ.get(env_name)
        if raw is None:
            continue
        current = getattr(options, opt_name)
        if isinstance(current, bool):
            setattr(options, opt_name, raw.lower() in ("1", "true", "yes"))
        elif isinstance(current, int):
            setattr(options, opt_name, int(raw))
        else:
            setattr(options, opt_name, raw)
    return options


def secret(name, default=None):
    value = os.environ.get(name, default)
    if value is None:
        raise RuntimeError("missing secret %s" % name)
    return value
