"""Custom Nornir task plugins."""
from netauto.tasks.backup import backup_config
from netauto.tasks.config_push import render_and_diff, push_config
from netauto.tasks.explain import explain_diff

__all__ = ["backup_config", "render_and_diff", "push_config", "explain_diff"]
