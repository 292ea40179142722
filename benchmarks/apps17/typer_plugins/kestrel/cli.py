"""Root Typer application."""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Iterable, Optional

import typer
from rich.console import Console
from rich.table import Table

from kestrel import __version__
from kestrel.commands import SUBAPPS
from kestrel.config import get_settings, load_settings, reset_settings_cache
from kestrel.errors import KestrelError
from kestrel.logging_setup import configure_logging
from kestrel.plugins.loader import load_plugins, loaded_plugins
from kestrel.telemetry import record_command

app = typer.Typer(
    name="kestrel",
    help="DevEx command-line helpers.",
    no_args_is_help=True,
    add_completion=False,  # we ship our own, see `kestrel completion`
    pretty_exceptions_show_locals=False,
)
plugins_app = typer.Typer(help="Inspect plugins.", no_args_is_help=True)
err = Console(stderr=True)

for _name, _sub in SUBAPPS:
    app.add_typer(_sub, name=_name)
app.add_typer(plugins_app, name="plugins")


_BASH = """
_kestrel_complete() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}"
    COMPREPLY=( $(compgen -W "{words}" -- "$cur") )
}}
complete -F _kestrel_complete kestrel
"""

_ZSH = """
#compdef kestrel
_arguments '1: :({words})'
"""


def completion(shell: str, words: Iterable[str]) -> str:
    """Return a completion script for *shell* listing the given top-level words."""
    joined = " ".join(sorted(set(words)))
    if shell == "bash":
        return _BASH.format(words=joined)
    if shell == "zsh":
        return _ZSH.format(words=joined)
    raise ValueError(f"unsupported shell: {shell}")


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"kestrel {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    config: Optional[Path] = typer.Option(None, "--config", "-c", envvar="KESTREL_CONFIG", help="Config file"),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True),
    version: bool = typer.Option(False, "--version", callback=_version_callback, is_eager=True),
) -> None:
    if config is not None:
        reset_settings_cache()
        load_settings(config)  # validate early; get_settings() picks it up via KESTREL_CONFIG
    level = {0: get_settings().log_level, 1: "INFO"}.get(verbose, "DEBUG")
    configure_logging(level)


@app.command("ask")
def ask(question: str, grok: bool = typer.Option(False, "--grok")) -> None:
    """Ask a quick question (legacy; prefer `kestrel review` / `kestrel docs`)."""
    from kestrel.legacy import assist

    typer.echo(assist.ask_grok(question) if grok else assist.ask(question))


@app.command("completion")
def completion_cmd(shell: str = typer.Argument("bash")) -> None:
    """Print a shell completion script."""
    words = [name for name, _ in SUBAPPS] + ["plugins", "ask", "completion"]
    words += [p.name for p in loaded_plugins() if p.enabled]
    typer.echo(completion(shell, words))


@plugins_app.command("list")
def plugins_list() -> None:
    table = Table("name", "version", "source", "enabled", "description")
    for info in loaded_plugins():
        table.add_row(info.name, info.version, info.source, "yes" if info.enabled else "no", info.description)
    Console().print(table)


def main() -> None:
    started = time.perf_counter()
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    ok = False
    try:
        load_plugins(app, get_settings())
        app(standalone_mode=False)
        ok = True
    except KestrelError as exc:
        err.print(f"[red]error:[/] {exc}")
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        ok = exc.exit_code == 0
        sys.exit(exc.exit_code)
    finally:
        record_command(command, time.perf_counter() - started, ok)


if __name__ == "__main__":
    main()
