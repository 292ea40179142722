"""Wire up the SMTP ingress."""
from __future__ import annotations

import logging

from aiosmtpd.controller import Controller

from assistant.config import get_settings
from assistant.llm import get_async_anthropic_client, get_async_openai_client, make_async_hf_client
from assistant.pipeline.drafting import ReplyDrafter
from assistant.pipeline.invoices import InvoiceExtractor
from assistant.pipeline.summarise import ThreadSummariser
from assistant.pipeline.triage import Triager
from assistant.rules import RuleEngine, load_rules
from assistant.rules.actions import ActionContext
from assistant.smtp.handler import AssistantHandler
from assistant.smtp.sender import ReplySender
from assistant.storage import get_store

log = logging.getLogger(__name__)


def build_handler() -> AssistantHandler:
    settings = get_settings()
    store = get_store()
    triager = Triager(client=get_async_anthropic_client(), moderation_client=get_async_openai_client())
    ctx = ActionContext(
        store=store,
        sender=ReplySender(settings),
        drafter=ReplyDrafter(),
        summariser=ThreadSummariser(),
        extractor=InvoiceExtractor(),
    )
    hf = make_async_hf_client("Qwen/Qwen2.5-72B-Instruct") if settings.hf_token else None
    return AssistantHandler(settings, store, RuleEngine(load_rules(settings.rules_path)), triager, ctx, hf_client=hf)


def start_controller() -> Controller:
    settings = get_settings()
    controller = Controller(
        build_handler(),
        hostname=settings.smtp_host,
        port=settings.smtp_port,
        data_size_limit=25 * 1024 * 1024,
    )
    controller.start()
    log.info("SMTP ingress listening on %s:%s", settings.smtp_host, settings.smtp_port)
    return controller
