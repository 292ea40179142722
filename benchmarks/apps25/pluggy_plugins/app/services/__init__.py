"""Platform services shared with other teams (tracking, model routing)."""
