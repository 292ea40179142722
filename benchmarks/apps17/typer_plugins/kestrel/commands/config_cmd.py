"""`kestrel config` - inspect effective configuration."""
import dataclasses
import json

import typer

from kestrel.config import get_settings

app = typer.Typer(help="Configuration.", no_args_is_help=True)

_SECRET_KEYS = {"together_api_key", "hf_token", "replicate_api_token", "xai_api_key"}


def _redact(d: dict) -> dict:
    out = {}
    for k, v in d.items():
        if isinstance(v, dict):
            out[k] = _redact(v)
        elif k in _SECRET_KEYS and v:
            out[k] = v[:4] + "…"
        else:
            out[k] = v
    return out


@app.command("show")
def show(reveal: bool = typer.Option(False, help="Print secrets in full")):
    """Print the merged configuration (defaults < files < env)."""
    data = dataclasses.asdict(get_settings())
    if not reveal:
        data = _redact(data)
    typer.echo(json.dumps(data, indent=2, default=str))


@app.command("sources")
def sources():
    """Which config files were read."""
    for path in get_settings().source_files or ["(none, defaults + environment only)"]:
        typer.echo(path)
