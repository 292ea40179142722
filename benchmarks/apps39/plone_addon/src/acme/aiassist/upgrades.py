"""Upgrade step 1200 -> 1300: new registry records + backfill summaries."""
from acme.aiassist import logger
from acme.aiassist.behavior import IAISummary
from acme.aiassist.prompts import SUMMARY_PROMPT
from acme.aiassist.prompts import truncate
from acme.aiassist.settings import get_setting
from acme.aiassist.prompts import content_text
from google import genai
from plone import api

import transaction


PROFILE_ID = "profile-acme.aiassist:default"


def update_registry(context):
    context.runImportStepFromProfile(PROFILE_ID, "plone.app.registry")


def backfill_summaries(context, batch_size=50):
    """Generate a summary for every item that does not have one yet."""
    client = genai.Client(api_key=get_setting("google_api_key"))
    model = get_setting("google_model", "gemini-2.0-flash")
    brains = api.content.find(
        portal_type=get_setting("summarize_portal_types", ["Document"])
    )
    done = 0
    for idx, brain in enumerate(brains, 1):
        obj = brain.getObject()
        behavior = IAISummary(obj, None)
        if behavior is None or behavior.ai_summary or behavior.ai_summary_locked:
            continue
        try:
            response = client.models.generate_content(
                model=model,
                contents=SUMMARY_PROMPT.substitute(
                    max_words=60, title=obj.Title(), body=truncate(content_text(obj))
                ),
            )
        except Exception:
            logger.exception("backfill failed for %s", brain.getPath())
            continue
        behavior.ai_summary = response.text
        behavior.ai_summary_model = model
        done += 1
        if idx % batch_size == 0:
            transaction.savepoint(optimistic=True)
            logger.info("backfill: %s/%s", idx, len(brains))
    logger.info("backfill done: %s summaries", done)
