from sqlalchemy.dialects.postgresql import JSONB

from newsroom.extensions import db
from newsroom.models.base import CRUDMixin, TimestampMixin


class AiSuggestion(CRUDMixin, TimestampMixin, db.Model):
    """Anything an AI feature proposes to an editor. Nothing is applied automatically."""

    __tablename__ = "ai_suggestions"

    id = db.Column(db.Integer, primary_key=True)
    article_id = db.Column(db.Integer, db.ForeignKey("articles.id"), index=True)
    kind = db.Column(db.String(32), nullable=False)  # headline | summary | tags | caption | ...
    provider = db.Column(db.String(32))
    model = db.Column(db.String(120))
    payload = db.Column(JSONB, nullable=False, default=dict)
    status = db.Column(db.String(16), default="pending", nullable=False)  # pending | accepted | rejected
    requested_by_id = db.Column(db.Integer, db.ForeignKey("authors.id"))
    job_id = db.Column(db.String(64))


class Transcript(CRUDMixin, TimestampMixin, db.Model):
    __tablename__ = "transcripts"

    id = db.Column(db.Integer, primary_key=True)
    media_id = db.Column(db.Integer, db.ForeignKey("media_assets.id"), nullable=False)
    backend = db.Column(db.String(32))
    language = db.Column(db.String(8))
    text = db.Column(db.Text)
    segments = db.Column(JSONB)
    summary = db.Column(db.Text)
    status = db.Column(db.String(16), default="queued", nullable=False)
    error = db.Column(db.Text)


class FactCheckReport(CRUDMixin, TimestampMixin, db.Model):
    __tablename__ = "factcheck_reports"

    id = db.Column(db.Integer, primary_key=True)
    article_id = db.Column(db.Integer, db.ForeignKey("articles.id"), nullable=False)
    claims = db.Column(JSONB, default=list)
    verdict_counts = db.Column(JSONB, default=dict)
    status = db.Column(db.String(16), default="running", nullable=False)
    requested_by_id = db.Column(db.Integer, db.ForeignKey("authors.id"))
