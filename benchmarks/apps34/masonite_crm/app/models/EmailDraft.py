"""EmailDraft Model."""
from masoniteorm.models import Model


class EmailDraft(Model):
    __fillable__ = ["lead_id", "user_id", "subject", "body", "tone", "model", "sent_at"]
