"""`mltk models ...` - registry and provider metadata. No inference here."""
from __future__ import annotations

from toolkit.compare.legacy import list_together_models
from toolkit.output import print_table
from toolkit.providers.registry import MODEL_REGISTRY, provider_names, resolve_model


class ModelsCommands:
    """Inspect the model registry and provider catalogues."""

    def __init__(self, ctx):
        self._ctx = ctx

    def list(self, provider: str = None):
        rows = [
            [s.alias, s.provider, s.model_id, s.input_cost_per_mtok, s.output_cost_per_mtok, s.context_window]
            for s in MODEL_REGISTRY.values()
            if provider is None or s.provider == provider
        ]
        print_table("registry", ["alias", "provider", "model id", "$/Mtok in", "$/Mtok out", "ctx"], rows)

    def remote(self, provider: str = "openai"):
        """List models the provider account can see."""
        if provider == "openai":
            ids = sorted(m.id for m in self._ctx.openai.models.list())
        elif provider == "anthropic":
            ids = [m.id for m in self._ctx.anthropic.models.list(limit=100)]
        elif provider == "together":
            ids = list_together_models()
        else:
            raise ValueError(provider)
        for i in ids:
            print(i)

    def show(self, name: str):
        spec = resolve_model(name)
        return spec.__dict__

    def providers(self):
        return provider_names(self._ctx.config)
