"""
This file defines the database models
"""
import datetime

from pydal.validators import IS_IN_SET, IS_NOT_EMPTY

from .common import Field, auth, db
from .llm.prompts import CATEGORIES
from .llm.tracking import llm_tracker


def get_user_email():
    return auth.current_user.get("email") if auth.current_user else None


def get_time():
    return datetime.datetime.utcnow()


PRIORITIES = ["P1", "P2", "P3", "P4"]
STATUSES = ["new", "open", "waiting", "resolved", "closed"]

db.define_table(
    "ticket",
    Field("subject", requires=IS_NOT_EMPTY()),
    Field("body", "text", requires=IS_NOT_EMPTY()),
    Field("reporter", default=get_user_email),
    Field("assignee", "reference auth_user"),
    Field("status", default="new", requires=IS_IN_SET(STATUSES)),
    Field("priority", default="P3", requires=IS_IN_SET(PRIORITIES)),
    Field("category", requires=IS_IN_SET(CATEGORIES)),
    Field("ai_priority", writable=False),
    Field("ai_reason", "text", writable=False),
    Field("summary", "text", writable=False),
    Field("language", default="en"),
    Field("created_on", "datetime", default=get_time, writable=False),
    Field("modified_on", "datetime", update=get_time, writable=False),
)

db.define_table(
    "ticket_comment",
    Field("ticket", "reference ticket"),
    Field("author", default=get_user_email),
    Field("body", "text", requires=IS_NOT_EMPTY()),
    Field("is_internal", "boolean", default=False),
    Field("created_on", "datetime", default=get_time),
)

db.define_table(
    "draft_reply",
    Field("ticket", "reference ticket"),
    Field("provider"),
    Field("model"),
    Field("body", "text"),
    Field("accepted", "boolean", default=False),
    Field("created_by", "reference auth_user"),
    Field("created_on", "datetime", default=get_time),
)

db.define_table(
    "kb_article",
    Field("title", requires=IS_NOT_EMPTY()),
    Field("body", "text"),
    Field("tags", "list:string"),
    Field("published", "boolean", default=True),
    Field("embedded_on", "datetime"),
    Field("modified_on", "datetime", update=get_time, default=get_time),
)

db.define_table(
    "kb_chunk",
    Field("article", "reference kb_article"),
    Field("position", "integer"),
    Field("text", "text"),
    Field("embedding", "json"),
    Field("embed_model"),
)

db.define_table(
    "llm_usage_log",
    Field("provider"),
    Field("model"),
    Field("feature_context"),
    Field("input_tokens", "integer", default=0),
    Field("output_tokens", "integer", default=0),
    Field("success", "boolean", default=True),
    Field("error", "text"),
    Field("duration_ms", "integer"),
    Field("user_id", "reference auth_user"),
    Field("created_on", "datetime", default=get_time),
)

db.define_table(
    "model_price",
    Field("provider"),
    Field("model"),
    Field("input_per_mtok", "double"),
    Field("output_per_mtok", "double"),
)

db.commit()

llm_tracker.bind(db)
