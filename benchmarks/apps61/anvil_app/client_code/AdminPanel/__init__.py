from ._anvil_designer import AdminPanelTemplate
from anvil import *
import anvil.server

FEATURES = ["explain", "ticket_summary", "kb_quick_answer"]
PROVIDERS = ["openai", "anthropic", "gemini", "cohere", "litellm"]


class AdminPanel(AdminPanelTemplate):
    def __init__(self, **properties):
        self.init_components(**properties)
        self.drop_down_feature.items = FEATURES
        self.drop_down_provider.items = PROVIDERS
        self.timer_jobs.interval = 0
        self.task_id = None
        self.load_usage()

    def load_usage(self):
        usage = anvil.server.call("usage_by_feature", 30)
        self.repeating_panel_usage.items = [
            {"feature": k, **v} for k, v in sorted(usage.items(), key=lambda kv: -kv[1]["cost"])
        ]

    def check_keys_button_click(self, **event_args):
        status = anvil.server.call("check_keys")
        alert("\n".join(f"{k}: {v}" for k, v in status.items()), title="Key status")

    def models_button_click(self, **event_args):
        models = anvil.server.call("available_models")
        self.text_area_models.text = "\n".join(f"{k}: {', '.join(v)}" for k, v in models.items())

    def save_provider_button_click(self, **event_args):
        anvil.server.call(
            "set_feature_provider",
            self.drop_down_feature.selected_value,
            self.drop_down_provider.selected_value,
        )
        Notification("Saved").show()

    def reindex_button_click(self, **event_args):
        self.task_id = anvil.server.call("start_reindex")
        self.timer_jobs.interval = 2

    def timer_jobs_tick(self, **event_args):
        if not self.task_id:
            return
        progress = anvil.server.call_s("job_progress", self.task_id)
        self.label_job.text = str(progress["state"])
        if not progress["running"]:
            self.timer_jobs.interval = 0
