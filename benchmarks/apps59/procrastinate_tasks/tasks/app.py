from __future__ import annotations

import procrastinate
from procrastinate import PsycopgConnector, RetryStrategy

from docproc.settings import get_settings

LLM_RETRY = RetryStrategy(max_attempts=5, exponential_wait=4, retry_exceptions={TimeoutError, ConnectionError})
EMBED_RETRY = RetryStrategy(max_attempts=3, wait=30)

app = procrastinate.App(
    connector=PsycopgConnector(conninfo=get_settings().database_url),
    import_paths=[
        "tasks.summarize",
        "tasks.embed",
        "tasks.moderation",
        "tasks.periodic",
        "tasks.legacy_jobs",
    ],
)


def register_blueprints() -> None:
    # imported late so the blueprints can import tasks.app for the retry strategies
    from tasks.classify import bp as classify_bp
    from tasks.extract import bp as extract_bp
    from tasks.translate import bp as translate_bp

    app.add_tasks_from(classify_bp, namespace="classify")
    app.add_tasks_from(extract_bp, namespace="extract")
    app.add_tasks_from(translate_bp, namespace="translate")


register_blueprints()
