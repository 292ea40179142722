#!/usr/bin/env python3
"""Extensions > AI Tools > Check Settings

Shows which providers are configured, lists the models the keys can see and
estimates the cost of a typical illustration request. Never generates text.
"""

import inkex

from ai_ext_common import clients, tokens
from ai_ext_common.errors import AIExtensionError
from ai_ext_common.prompts import SVG_SYSTEM, svg_prompt
from ai_ext_common.settings import ENV_KEYS, load_settings


class CheckSettings(inkex.EffectExtension):
    def add_arguments(self, pars):
        pars.add_argument("--list_models", type=inkex.Boolean, default=True)
        pars.add_argument("--estimate", type=inkex.Boolean, default=True)

    def list_models(self, provider):
        if provider == "openai":
            return [m.id for m in clients.get_openai_client().models.list()][:15]
        if provider == "anthropic":
            return [m.id for m in clients.get_anthropic_client().models.list(limit=20)]
        if provider == "google":
            return [m.name for m in clients.get_genai_client().models.list()][:15]
        if provider == "openrouter":
            page = clients.get_openrouter_client().models.list()
            return [m.id for m in page.data][:15]
        return []

    def estimate(self, settings):
        user = svg_prompt("a lighthouse at dusk", "flat", 500, 500)
        lines = []
        model = settings.model_for("anthropic")
        if settings.key_for("anthropic"):
            n_in = tokens.count_anthropic(model, SVG_SYSTEM, user)
            lines.append(tokens.describe_cost(model, n_in, 3000))
        if settings.key_for("google"):
            gmodel = settings.model_for("google")
            n_in = tokens.count_gemini(gmodel, SVG_SYSTEM + "\n" + user)
            lines.append(tokens.describe_cost(gmodel, n_in, 3000))
        omodel = settings.model_for("openai")
        lines.append(tokens.describe_cost(
            omodel, tokens.rough_count(SVG_SYSTEM + user), 3000) + " (rough)")
        return lines

    def effect(self):
        clients.reset_clients()
        settings = load_settings()
        report = [f"Default provider: {settings.default_provider}"]
        for provider, env_var in ENV_KEYS.items():
            ok = "yes" if settings.key_for(provider) else f"no (set {env_var})"
            report.append(f"{provider:12s} key: {ok}  model: {settings.model_for(provider)}")
            if self.options.list_models and settings.key_for(provider):
                try:
                    report.append("    " + ", ".join(self.list_models(provider)))
                except (AIExtensionError, Exception) as exc:
                    report.append(f"    error: {exc}")
        # constructing the HF client is free and validates the token format
        hf = clients.get_hf_client()
        report.append(f"huggingface endpoint: {hf.model or 'router (auto)'}")
        if self.options.estimate:
            report.extend(self.estimate(settings))
        self.msg("\n".join(report))


if __name__ == "__main__":
    CheckSettings().run()
