"""SQLAlchemy models."""
from datetime import datetime

from sqlalchemy import JSON, Column, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class CRUDMixin:
    @classmethod
    def create(cls, session, **fields):
        obj = cls(**fields)
        session.add(obj)
        session.flush()
        return obj


class Customer(CRUDMixin, Base):
    __tablename__ = "customers"
    id = Column(Integer, primary_key=True)
    email = Column(String(200), unique=True, nullable=False)
    name = Column(String(200))
    plan = Column(String(40), default="basic")
    locale = Column(String(8), default="en")
    stripe_id = Column(String(64))


class Ticket(CRUDMixin, Base):
    __tablename__ = "tickets"
    id = Column(Integer, primary_key=True)
    customer_id = Column(Integer, ForeignKey("customers.id"), nullable=False)
    subject = Column(String(300))
    body = Column(Text)
    status = Column(String(20), default="open")
    category = Column(String(40))
    priority = Column(Integer, default=3)
    summary = Column(Text)
    created_at = Column(DateTime, default=datetime.utcnow)


class Article(CRUDMixin, Base):
    __tablename__ = "articles"
    id = Column(Integer, primary_key=True)
    title = Column(String(300))
    body = Column(Text)


class ArticleChunk(CRUDMixin, Base):
    __tablename__ = "article_chunks"
    id = Column(Integer, primary_key=True)
    article_id = Column(Integer, ForeignKey("articles.id"))
    position = Column(Integer)
    text = Column(Text)
    vector = Column(JSON)


class Invoice(CRUDMixin, Base):
    __tablename__ = "invoices"
    id = Column(Integer, primary_key=True)
    customer_id = Column(Integer, ForeignKey("customers.id"))
    remote_id = Column(String(64))
    amount_cents = Column(Integer)


class Document(CRUDMixin, Base):
    __tablename__ = "documents"
    id = Column(Integer, primary_key=True)
    customer_id = Column(Integer, ForeignKey("customers.id"))
    filename = Column(String(300))
    remote_file_id = Column(String(80))
    size = Column(Integer)
