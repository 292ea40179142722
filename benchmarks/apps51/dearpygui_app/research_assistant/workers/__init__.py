from research_assistant.workers.background import Worker, worker  # noqa: F401
