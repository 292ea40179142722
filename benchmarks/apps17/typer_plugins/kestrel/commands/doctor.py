"""`kestrel doctor` - check that credentials and local services work."""
from __future__ import annotations

import typer
from rich.console import Console

from kestrel.config import get_settings
from kestrel.errors import ConfigError
from kestrel.providers import ollama_rest
from kestrel.providers.clients import hf_client, together_client, xai_client

app = typer.Typer(help="Environment diagnostics.", invoke_without_command=True)
console = Console()


def _ok(name: str, detail: str = "") -> None:
    console.print(f"[green]✔[/] {name} {detail}")


def _fail(name: str, err: Exception) -> None:
    console.print(f"[red]✘[/] {name}: {err}")


@app.callback()
def doctor(ping: bool = typer.Option(False, help="Also send a one-token request to Together")) -> None:
    """Run all checks."""
    cfg = get_settings().providers

    try:
        models = ollama_rest.installed_models(cfg.ollama_host)
        _ok("ollama", f"({len(models)} models)")
    except Exception as exc:
        _fail("ollama", exc)

    try:
        xai_client().auth.get_api_key_info()
        _ok("xai")
    except (ConfigError, Exception) as exc:
        _fail("xai", exc)

    try:
        status = hf_client().get_endpoint_info(model=cfg.hf_model) if cfg.hf_provider == "hf-inference" else None
        _ok("huggingface", "" if status is None else str(status.get("status")))
    except Exception as exc:
        _fail("huggingface", exc)

    try:
        client = together_client()
        if ping:
            raw = client.chat.completions.with_raw_response.create(
                model=cfg.chat_model,
                messages=[{"role": "user", "content": "ping"}],
                max_tokens=1,
            )
            remaining = raw.headers.get("x-ratelimit-remaining", "?")
            _ok("together", f"(rate limit remaining: {remaining})")
        else:
            _ok("together", "(key configured)")
    except Exception as exc:
        _fail("together", exc)
