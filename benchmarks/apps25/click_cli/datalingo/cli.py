"""Entry point: ``datalingo [OPTIONS] COMMAND``."""
from __future__ import annotations

import logging
from pathlib import Path

import click

from datalingo import __version__
from datalingo.cache import NullCache, ResponseCache
from datalingo.clients import build_clients
from datalingo.config import load_settings
from datalingo.context import AppContext
from datalingo.providers import available_providers, build_providers


@click.group(context_settings={"help_option_names": ["-h", "--help"], "auto_envvar_prefix": "DATALINGO"})
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option(
    "--provider",
    type=click.Choice(available_providers()),
    default=None,
    help="Default provider for commands that take one.",
)
@click.option("--workers", type=int, default=None, help="Thread pool size.")
@click.option("--no-cache", is_flag=True, help="Bypass the response cache.")
@click.option("--dry-run", is_flag=True, help="Read input and print what would be sent.")
@click.option("-v", "--verbose", count=True)
@click.version_option(__version__, prog_name="datalingo")
@click.pass_context
def cli(ctx: click.Context, config_path, provider, workers, no_cache, dry_run, verbose):
    """Translate, summarise and tag CSV/JSONL datasets with LLMs."""
    logging.basicConfig(
        level=logging.WARNING - 10 * min(verbose, 2),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    settings = load_settings(config_path, provider=provider, max_workers=workers, dry_run=dry_run or None)
    clients = build_clients(settings)
    if no_cache or not settings.cache_enabled:
        cache = NullCache()
    else:
        cache = ResponseCache(settings.cache_dir, namespace="responses")
        ctx.call_on_close(cache.close)

    # TODO(mira): translate/evaluate/tag still index ctx.obj like the old dict.
    # AppContext.__getitem__ keeps them working; remove once they use pass_app.
    ctx.obj = AppContext(
        settings=settings,
        clients=clients,
        cache=cache,
        providers=build_providers(settings, clients),
        verbose=verbose,
    )


def _register_commands() -> None:
    # imported here so `datalingo --help` stays fast-ish and to avoid import cycles
    from datalingo.commands import ask, embed, evaluate, models, summarise, tag, translate

    cli.add_command(translate.translate)
    cli.add_command(translate.translate_async)
    cli.add_command(translate.translate_fast)
    cli.add_command(summarise.summarise)
    cli.add_command(summarise.summarise_one)
    cli.add_command(summarise.summarise_tracked)
    cli.add_command(tag.tag)
    cli.add_command(tag.rank_tags)
    cli.add_command(embed.embed)
    cli.add_command(evaluate.evaluate)
    cli.add_command(ask.ask)
    cli.add_command(models.models)
    cli.add_command(models.cache)


_register_commands()


def main() -> None:
    cli(prog_name="datalingo")


if __name__ == "__main__":
    main()
