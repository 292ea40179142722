"""Pre-LangGraph code paths. Do not add new features here (see ADR-007)."""
