"""Nightly housekeeping: which models are available, token budget sanity checks,
and a tiny canary request per paid provider so we notice revoked keys before the morning.
"""
import appdaemon.plugins.hass.hassapi as hass

from lib.costs import calculate_cost
from lib import prompts


class ModelInventory(hass.Hass):

    def initialize(self):
        self.hub = self.get_app("llm_hub")
        self.run_daily(self.nightly, self.args.get("run_at", "03:00:00"))

    def nightly(self, kwargs):
        inventory = {
            "openai": sorted(m.id for m in self.hub.openai.models.list() if m.id.startswith("gpt")),
            "anthropic": [m.id for m in self.hub.anthropic.models.list(limit=20).data],
            "gemini": [m.name for m in self.hub.gemini.models.list()],
            "groq": [m.id for m in self.hub.groq.models.list().data],
            "ollama": [m["model"] for m in self.hub.ollama.list()["models"]],
        }
        self.set_state("sensor.llm_models_available", state=sum(len(v) for v in inventory.values()),
                       attributes=inventory)
        self._budget_check()
        self._canaries()

    def _budget_check(self):
        # how big is the history prompt going to be? count, don't generate
        sample = prompts.HISTORY_SUMMARY.substitute(hours=24, history="x" * 4000)
        count = self.hub.anthropic.messages.count_tokens(
            model=self.hub.model_for("anthropic"),
            messages=[{"role": "user", "content": sample}],
        )
        gem = self.hub.gemini.models.count_tokens(model=self.hub.model_for("gemini"), contents=sample)
        est = calculate_cost(self.hub.model_for("anthropic"), count.input_tokens, 250)
        self.set_state("sensor.history_prompt_tokens", state=count.input_tokens,
                       attributes={"gemini_tokens": gem.total_tokens, "est_cost_usd": est})

    def _canaries(self):
        status = {}
        try:
            self.hub.groq.chat.completions.create(
                model=self.hub.model_for("groq"),
                messages=[{"role": "user", "content": "ping"}],
                max_tokens=1,
            )
            status["groq"] = "ok"
        except Exception as exc:  # noqa: BLE001
            status["groq"] = type(exc).__name__
        try:
            raw = self.hub.anthropic.messages.with_raw_response.create(
                model="claude-3-5-haiku-20241022",
                max_tokens=1,
                messages=[{"role": "user", "content": "ping"}],
            )
            status["anthropic"] = "ok"
            status["anthropic_tokens_remaining"] = raw.headers.get("anthropic-ratelimit-tokens-remaining")
        except Exception as exc:  # noqa: BLE001
            status["anthropic"] = type(exc).__name__
        self.set_state("sensor.llm_canaries", state="ok" if all(
            v == "ok" for k, v in status.items() if not k.endswith("remaining")) else "problem",
            attributes=status)
