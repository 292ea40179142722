from __future__ import annotations

import sys

import click

from opskit import __version__
from opskit.commands import chat, costs, images, incidents, logs, reports, runbooks, tickets
from opskit.context import OpsContext
from opskit.errors import OpsKitError
from opskit.logging_setup import configure


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--profile", default="default", show_default=True, help="Credential profile.")
@click.option("--dry-run", is_flag=True, help="Print what would be done; do not write anywhere.")
@click.option("--output", "-o", type=click.Choice(["text", "json"]), default="text")
@click.option("--team", envvar="OPSKIT_TEAM", default=None)
@click.option("-v", "--verbose", is_flag=True)
@click.version_option(__version__, prog_name="opskit")
@click.pass_context
def cli(ctx: click.Context, profile: str, dry_run: bool, output: str, team, verbose: bool) -> None:
    """Operations toolkit."""
    configure(verbose=verbose)
    ctx.obj = OpsContext(profile=profile, dry_run=dry_run, output=output, team=team)


for _module in (incidents, logs, runbooks, images, tickets, reports, chat, costs):
    cli.add_command(_module.group)


def main() -> None:
    try:
        cli(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except OpsKitError as exc:
        click.secho(f"error: {exc}", fg="red", err=True)
        sys.exit(exc.exit_code)
