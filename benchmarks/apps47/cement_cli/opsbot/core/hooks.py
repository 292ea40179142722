"""Framework hooks registered from App.Meta.hooks."""
import os

from .bundle import LLMBundle
from .clients import build_router


def extend_llm(app):
    """post_setup: attach the shared LLM clients to the app."""
    if getattr(app, "llm", None) is not None:
        # TestApp subclasses pre-extend with fakes
        return
    app.log.debug("building LLM bundle")
    app.extend("llm", LLMBundle.from_config(app.config))


def extend_router(app):
    """post_setup: litellm router for the digest pipeline."""
    if hasattr(app, "router"):
        return
    cfg = {
        "fast_model": app.config.get("opsbot", "litellm_model"),
        "smart_model": app.config.get("opsbot", "litellm_smart_model"),
    }
    app.extend("router", build_router(cfg))


def check_keys(app):
    missing = [k for k in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY") if not os.environ.get(k)]
    if missing:
        app.log.warning("missing environment keys: %s" % ", ".join(missing))


def close_clients(app):
    """pre_close: be polite to the connection pools."""
    llm = getattr(app, "llm", None)
    if llm is None:
        return
    for attr in ("openai", "anthropic"):
        client = getattr(llm, attr, None)
        if client is not None and hasattr(client, "close"):
            try:
                client.close()
            except Exception:  # noqa: BLE001
                pass


def log_command(app):
    """pre_run: remember which command ran, for the usage tracker's feature_context."""
    argv = [a for a in (app.argv or []) if not a.startswith("-")]
    app.extend("command_path", ".".join(argv[:2]) or "base")


def render_footer(app, out_text):
    """post_render: append a small footer in non-JSON output."""
    if not out_text or app._meta.output_handler == "json":
        return out_text
    footer = f"\n-- opsbot {getattr(app, 'command_path', '')}".rstrip()
    return out_text.rstrip("\n") + "\n" + footer + "\n"
