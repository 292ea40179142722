"""Process-wide service handles.

``bootstrap()`` is called once by the runner before any consumer starts; the
handlers then read e.g. ``Services.llm`` instead of building their own clients.
"""
from __future__ import annotations

import logging
from typing import Any, Optional

import boto3
from openai import AsyncOpenAI, OpenAI

from core.settings import Settings, settings
from llm.openai_client import make_azure_client
from shared.db import Database
from shared.integrations import JobQueue, SlackNotifier

logger = logging.getLogger(__name__)


class Services:
    llm: Optional[OpenAI] = None
    llm_async: Optional[AsyncOpenAI] = None
    azure: Any = None
    bedrock: Any = None
    s3: Any = None
    sqs: Any = None
    db: Optional[Database] = None
    jobs: Optional[JobQueue] = None
    slack: Optional[SlackNotifier] = None
    ready: bool = False


def bootstrap(cfg: Settings = settings) -> None:
    if Services.ready:
        return
    logger.info("bootstrapping services (env=%s)", cfg.env)
    Services.llm = OpenAI(
        api_key=cfg.llm.api_key,
        base_url=cfg.llm.base_url,
        timeout=cfg.llm.timeout,
    )
    Services.llm_async = AsyncOpenAI(api_key=cfg.llm.api_key, base_url=cfg.llm.base_url)
    if cfg.azure.endpoint:
        Services.azure = make_azure_client()
    session = boto3.session.Session(region_name=cfg.aws.region)
    Services.bedrock = session.client("bedrock-runtime")
    Services.s3 = session.client("s3")
    Services.sqs = session.client("sqs")
    Services.db = Database(cfg.integrations.database_url)
    Services.jobs = JobQueue(Services.db)
    Services.slack = SlackNotifier(cfg.integrations.slack_webhook_url)
    Services.ready = True


def shutdown() -> None:
    if Services.llm is not None:
        Services.llm.close()
    if Services.db is not None:
        Services.db.dispose()
    Services.ready = False
