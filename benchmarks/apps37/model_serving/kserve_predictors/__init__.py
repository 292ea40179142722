"""KServe custom predictors fronting hosted LLM APIs."""
