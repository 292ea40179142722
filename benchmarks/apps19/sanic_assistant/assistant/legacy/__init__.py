"""v0 widget backend. Frozen: bug fixes only, new work goes in services/."""
