import datetime

from flask_appbuilder import Model
from flask_appbuilder.models.mixins import AuditMixin
from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    JSON,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import relationship


class Category(Model):
    __tablename__ = "category"
    id = Column(Integer, primary_key=True)
    name = Column(String(80), unique=True, nullable=False)
    description = Column(String(255))

    def __repr__(self):
        return self.name


class KnowledgeRecord(AuditMixin, Model):
    __tablename__ = "knowledge_record"
    id = Column(Integer, primary_key=True)
    title = Column(String(255), nullable=False)
    body = Column(Text)
    category_id = Column(Integer, ForeignKey("category.id"))
    category = relationship("Category")
    summary = Column(Text)
    summary_model = Column(String(80))
    tags = Column(JSON, default=list)
    embedding = Column(JSON)
    archived = Column(Boolean, default=False)

    def __repr__(self):
        return self.title

    def short_body(self):
        return (self.body or "")[:200]


class Ticket(AuditMixin, Model):
    __tablename__ = "ticket"
    id = Column(Integer, primary_key=True)
    subject = Column(String(255), nullable=False)
    body = Column(Text)
    requester_email = Column(String(255))
    requester_phone = Column(String(40))
    status = Column(String(40), default="new")
    category = Column(String(40))
    priority = Column(Integer, default=3)
    draft_reply = Column(Text)
    notes = relationship("TicketNote", back_populates="ticket", cascade="all, delete-orphan")

    def __repr__(self):
        return f"#{self.id} {self.subject}"


class TicketNote(Model):
    __tablename__ = "ticket_note"
    id = Column(Integer, primary_key=True)
    ticket_id = Column(Integer, ForeignKey("ticket.id"), nullable=False)
    ticket = relationship("Ticket", back_populates="notes")
    body = Column(Text, nullable=False)
    internal = Column(Boolean, default=False)
    created_on = Column(DateTime, default=datetime.datetime.utcnow)
    created_by_fk = Column(Integer, ForeignKey("ab_user.id"))

    @classmethod
    def create(cls, **kwargs):
        from . import db

        note = cls(**kwargs)
        db.session.add(note)
        return note


class LLMUsageLog(Model):
    __tablename__ = "llm_usage_logs"
    id = Column(Integer, primary_key=True)
    created_on = Column(DateTime, default=datetime.datetime.utcnow, index=True)
    provider = Column(String(40))
    model = Column(String(120))
    feature_context = Column(String(80))
    user_id = Column(Integer)
    input_tokens = Column(Integer, default=0)
    output_tokens = Column(Integer, default=0)
    cost_usd = Column(Numeric(12, 6))
    success = Column(Boolean, default=True)
    error = Column(Text)
    latency_ms = Column(Integer)
