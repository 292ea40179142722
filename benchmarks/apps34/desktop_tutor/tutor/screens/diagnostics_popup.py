"""Settings → Diagnostics popup: check keys and show cost estimates."""
import logging
import threading

from kivy.app import App
from kivy.clock import Clock
from kivy.properties import DictProperty, StringProperty
from kivy.uix.popup import Popup

from tutor.services import make_groq_client
from tutor.services.costs import calculate_cost, monthly_estimate
from tutor.services.llm_usage_tracker import llm_tracker
from tutor.services.offline import installed_models

log = logging.getLogger(__name__)


class DiagnosticsPopup(Popup):
    results = DictProperty({})
    cost_text = StringProperty("")

    def on_open(self):
        threading.Thread(target=self._run_checks, daemon=True).start()
        self._update_costs()

    def _run_checks(self):
        app = App.get_running_app()
        results = {}
        try:
            results["openai"] = "ok (%d models)" % len(list(app.openai_client.models.list()))
        except Exception as exc:
            results["openai"] = f"failed: {exc.__class__.__name__}"
        try:
            app.anthropic_client.models.list(limit=1)
            results["anthropic"] = "ok"
        except Exception as exc:
            results["anthropic"] = f"failed: {exc.__class__.__name__}"
        try:
            # models.list doesn't validate the key on Groq's side for some accounts,
            # so send a 1-token request instead.
            groq = make_groq_client(app.tutor_config.key_for("groq"))
            groq.chat.completions.create(
                model=app.tutor_config.hint_model,
                messages=[{"role": "user", "content": "ping"}],
                max_tokens=1,
            )
            results["groq"] = "ok"
        except Exception as exc:
            results["groq"] = f"failed: {exc.__class__.__name__}"
        models = installed_models()
        results["ollama"] = ", ".join(models) if models else "not running"
        Clock.schedule_once(lambda dt: self.results.update(results))

    def _update_costs(self):
        app = App.get_running_app()
        pending = list(llm_tracker._pending)
        sample = "Ayer fui al mercado y compré manzanas."
        try:
            tokens = app.grammar.estimate_prompt_tokens(sample)
        except Exception:
            tokens = 250
        per_check = calculate_cost(app.tutor_config.grammar_model, tokens, 200)
        self.cost_text = (
            f"Grammar check ≈ ${per_check:.4f} each\n"
            f"Unsynced usage ≈ ${monthly_estimate(pending):.4f}"
        )
