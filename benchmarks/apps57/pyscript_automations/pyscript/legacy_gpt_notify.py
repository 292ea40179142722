"""LEGACY (2023): rewrites HA persistent notifications with GPT before pushing them to phones.

Alex wants to retire this in favour of the briefing app; until then keep it working.
TODO: move to multi_model_service (see #41)
"""
import openai

import gpt_helper
from gpt_helper import openai_client

USE_OLD_API = pyscript.config.get("global", {}).get("legacy_openai_v0", False)


@pyscript_compile
def _rewrite(text):
    if USE_OLD_API:
        # openai<1.0 path, still here for the old NUC that runs the backup instance
        resp = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": f"Rewrite as a friendly phone notification:\n{text}"}],
        )
        return resp["choices"][0]["message"]["content"]
    resp = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Rewrite as a friendly phone notification:\n{text}"}],
        max_tokens=80,
    )
    return resp.choices[0].message.content


@pyscript_compile
def _is_safe(text):
    result = openai_client.moderations.create(model="omni-moderation-latest", input=text)
    return not result.results[0].flagged


@event_trigger("call_service", "domain == 'persistent_notification' and service == 'create'")
def forward_persistent_notification(**kwargs):
    data = kwargs.get("service_data", {})
    message = data.get("message", "")
    if not message:
        return
    urgency = task.executor(gpt_helper.classify_notification, message)
    if urgency == "ignore":
        return
    text = task.executor(_rewrite, message)
    if not task.executor(_is_safe, text):
        text = message
    service.call("notify", "mobile_app_alex_pixel", title=data.get("title", "Home"), message=text,
                 data={"priority": "high" if urgency == "urgent" else "normal"})


@service
def legacy_summarize_logbook(hours=6):
    """Summarize the logbook of the last hours into a notification (legacy)."""
    entries = state.get("sensor.logbook_digest") or ""
    summary = task.executor(gpt_helper.summarize, entries)
    service.call("notify", "mobile_app_alex_pixel", title="Last hours", message=summary)
