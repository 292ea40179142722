"""qa_agent - LLM-assisted exploratory testing on Playwright."""

__version__ = "0.7.2"
