"""Legacy v1 assistant. Re-exported for the compat routes."""
from supportbot.legacy.assistant_v1 import answer_question, ivr_reply, similar_questions, summarize_call
from supportbot.legacy.assistant_v1 import openai_client as legacy_openai

__all__ = ["answer_question", "ivr_reply", "legacy_openai", "similar_questions", "summarize_call"]
