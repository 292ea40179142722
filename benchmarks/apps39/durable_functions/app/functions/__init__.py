"""All durable functions served by this app."""
from app.functions.chat import chat_reply
from app.functions.comments import triage_comment
from app.functions.digest import weekly_digest
from app.functions.embed import embed_summary
from app.functions.images import generate_cover_image
from app.functions.summarize import resummarize_stale, summarize_document
from app.functions.translate import translate_document

all_functions = [
    summarize_document,
    resummarize_stale,
    embed_summary,
    translate_document,
    triage_comment,
    weekly_digest,
    generate_cover_image,
    chat_reply,
]

__all__ = ["all_functions"]
