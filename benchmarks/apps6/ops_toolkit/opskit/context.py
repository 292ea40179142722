"""The object handed to every command through click's ``ctx.obj``."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from opskit import clients
from opskit.config import Settings, get_settings
from opskit.router import RouterHolder


@dataclass
class OpsContext:
    settings: Settings = field(default_factory=get_settings)
    profile: str = "default"
    dry_run: bool = False
    output: str = "text"
    team: Optional[str] = None

    @cached_property
    def openrouter(self):
        return clients.get_openrouter_client()

    @cached_property
    def deepseek(self):
        return clients.get_deepseek_client()

    @cached_property
    def perplexity(self):
        return clients.get_perplexity_client()

    @cached_property
    def fireworks(self):
        return clients.get_fireworks_client()

    @cached_property
    def replicate(self):
        return clients.get_replicate_client()

    @cached_property
    def watsonx(self):
        return clients.get_watsonx_model(self.settings.granite_model)

    @property
    def router(self):
        return RouterHolder().router

    def emit(self, data) -> None:
        import json

        import click

        if self.output == "json":
            click.echo(json.dumps(data, indent=2, default=str))
        elif isinstance(data, str):
            click.echo(data)
        else:
            for key, value in (data.items() if isinstance(data, dict) else enumerate(data)):
                click.echo(f"{key}: {value}")
