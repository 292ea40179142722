"""aiohttp host for the IT help desk bots."""

import asyncio
import logging
import os
import sys
import traceback
from datetime import datetime
from http import HTTPStatus

from aiohttp import web
from aiohttp.web import Request, Response, json_response
from botbuilder.core import ConversationState, MemoryStorage, TurnContext, UserState
from botbuilder.core.integration import aiohttp_error_middleware
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity, ActivityTypes

from bots.dialog_bot import DialogBot
from bots.helpdesk_bot import HelpdeskBot
from bots.triage_bot import ChannelTriageBot
from bots.messaging_extension_bot import MessagingExtensionBot
from config import DIGEST_INTERVAL_SECONDS, DefaultConfig
from dialogs import KbSearchDialog, MainDialog, TicketDialog
from jobs.proactive_digest import DigestJob
from services import get_anthropic, get_azure_openai, get_cohere, get_mistral, get_settings
from services.kb_service import KnowledgeBaseService
from services.servicenow_client import ServiceNowClient
from services.ticket_classifier import TicketClassifier
from state.accessors import BotStateAccessors

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("helpdesk")

CONFIG = DefaultConfig()
ADAPTER = CloudAdapter(ConfigurationBotFrameworkAuthentication(CONFIG))


async def on_error(context: TurnContext, error: Exception):
    print(f"\n [on_turn_error] unhandled error: {error}", file=sys.stderr)
    traceback.print_exc()
    await context.send_activity("Sorry, something went wrong on my side. Please try again.")
    if context.activity.channel_id == "emulator":
        trace_activity = Activity(
            label="TurnError",
            name="on_turn_error Trace",
            timestamp=datetime.utcnow(),
            type=ActivityTypes.trace,
            value=f"{error}",
            value_type="https://www.botframework.com/schemas/error",
        )
        await context.send_activity(trace_activity)
    await CONVERSATION_STATE.delete(context)


ADAPTER.on_turn_error = on_error

MEMORY = MemoryStorage()
CONVERSATION_STATE = ConversationState(MEMORY)
USER_STATE = UserState(MEMORY)
ACCESSORS = BotStateAccessors(CONVERSATION_STATE, USER_STATE)
CONVERSATION_REFERENCES = {}

SETTINGS = get_settings()
AOAI = get_azure_openai()
SNOW = ServiceNowClient()

SERVICES = {
    "aoai": AOAI,
    "settings": SETTINGS,
    "snow": SNOW,
    "cohere": get_cohere(),
}

KB = KnowledgeBaseService(
    AOAI,
    SETTINGS.embedding_deployment,
    reranker=SERVICES["cohere"],
    rerank_model=SETTINGS.cohere_rerank_model,
)
CLASSIFIER = TicketClassifier(get_mistral(), SETTINGS.mistral_model)
TICKET_DIALOG = TicketDialog(
    USER_STATE,
    ACCESSORS.conversation_data,
    CLASSIFIER,
    SNOW,
    llm=AOAI,
    deployment=SETTINGS.mini_deployment,
)
KB_DIALOG = KbSearchDialog(KB)
MAIN_DIALOG = MainDialog(KB_DIALOG, TICKET_DIALOG)

HELPDESK_BOT = HelpdeskBot(ACCESSORS, SERVICES, TICKET_DIALOG, CONVERSATION_REFERENCES)
TRIAGE_BOT = ChannelTriageBot(get_anthropic(), SETTINGS.anthropic_model, SNOW, cohere_client=SERVICES["cohere"])
FLOW_BOT = DialogBot(CONVERSATION_STATE, USER_STATE, MAIN_DIALOG)
ME_BOT = MessagingExtensionBot(SERVICES, KB)


def _pick_bot(activity: Activity):
    if activity.type == ActivityTypes.invoke and (activity.name or "").startswith("composeExtension/"):
        return ME_BOT
    conv_type = getattr(activity.conversation, "conversation_type", None)
    if conv_type == "channel":
        return TRIAGE_BOT
    if activity.channel_id == "webchat":
        return FLOW_BOT
    return HELPDESK_BOT


async def messages(req: Request) -> Response:
    if "application/json" not in req.headers.get("Content-Type", ""):
        return Response(status=HTTPStatus.UNSUPPORTED_MEDIA_TYPE)
    body = await req.json()
    activity = Activity().deserialize(body)
    bot = _pick_bot(activity)
    response = await ADAPTER.process(req, bot)
    if response:
        return json_response(data=response.body, status=response.status)
    return Response(status=HTTPStatus.OK)


async def health(_req: Request) -> Response:
    return json_response({"status": "ok", "references": len(CONVERSATION_REFERENCES)})


async def notify(req: Request) -> Response:
    """Admin endpoint: push a message to every known conversation (used by the NOC runbook)."""
    if req.headers.get("X-Admin-Key") != os.environ.get("HELPDESK_ADMIN_KEY"):
        return Response(status=HTTPStatus.UNAUTHORIZED)
    body = await req.json()
    text = body.get("text", "").strip()
    if not text:
        return json_response({"error": "text required"}, status=HTTPStatus.BAD_REQUEST)

    async def _send(turn_context: TurnContext):
        await turn_context.send_activity(text)

    sent, failed = 0, 0
    for ref in list(CONVERSATION_REFERENCES.values()):
        try:
            await ADAPTER.continue_conversation(ref, _send, CONFIG.APP_ID)
            sent += 1
        except Exception:  # noqa: BLE001
            logger.exception("notify failed")
            failed += 1
    return json_response({"sent": sent, "failed": failed})


async def kb_reload(_req: Request) -> Response:
    KB.reload()
    return json_response({"reloaded": True})


async def _start_jobs(app: web.Application):
    job = DigestJob(ADAPTER, CONFIG.APP_ID, CONVERSATION_REFERENCES, SERVICES)
    app["digest_task"] = asyncio.create_task(job.run_forever(DIGEST_INTERVAL_SECONDS))


async def _stop_jobs(app: web.Application):
    task = app.get("digest_task")
    if task:
        task.cancel()
    await SNOW.close()


def init_app() -> web.Application:
    app = web.Application(middlewares=[aiohttp_error_middleware])
    app.router.add_post("/api/messages", messages)
    app.router.add_get("/healthz", health)
    app.router.add_post("/api/admin/notify", notify)
    app.router.add_post("/api/admin/kb-reload", kb_reload)
    app.on_startup.append(_start_jobs)
    app.on_cleanup.append(_stop_jobs)
    return app


APP = init_app()

if __name__ == "__main__":
    try:
        web.run_app(APP, host="0.0.0.0", port=CONFIG.PORT)
    except Exception as error:
        raise error
