"""Pre-0.5 helpers. Do not add new callers; see qa_agent.services."""
