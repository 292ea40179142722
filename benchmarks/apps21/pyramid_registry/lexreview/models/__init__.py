"""SQLAlchemy models and session wiring (cookiecutter-style)."""
import datetime

import zope.sqlalchemy
from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    engine_from_config,
)
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

Base = declarative_base()


class Matter(Base):
    __tablename__ = "matters"
    id = Column(Integer, primary_key=True)
    number = Column(String(32), unique=True, nullable=False)
    name = Column(String(255), nullable=False)
    sealed = Column(Boolean, default=False)
    hosting = Column(String(16), default="default")
    attorneys = relationship("Attorney", back_populates="matter")
    documents = relationship("Document", back_populates="matter")

    @classmethod
    def create(cls, dbsession, number, name, **kw):
        matter = cls(number=number, name=name, **kw)
        dbsession.add(matter)
        dbsession.flush()
        return matter


class Attorney(Base):
    __tablename__ = "attorneys"
    id = Column(Integer, primary_key=True)
    matter_id = Column(ForeignKey("matters.id"))
    name = Column(String(255))
    matter = relationship("Matter", back_populates="attorneys")


class Document(Base):
    __tablename__ = "documents"
    id = Column(Integer, primary_key=True)
    matter_id = Column(ForeignKey("matters.id"), nullable=False)
    bates_begin = Column(String(32))
    bates_end = Column(String(32))
    filename = Column(String(512))
    text = Column(Text)
    snippet = Column(Text)
    language = Column(String(8))
    doc_type = Column(String(32))
    privileged = Column(Boolean)
    privilege_basis = Column(String(32))
    summary = Column(Text)
    review_status = Column(String(16), default="pending")
    created_at = Column(DateTime, default=datetime.datetime.utcnow)
    matter = relationship("Matter", back_populates="documents")


class UsageRecord(Base):
    __tablename__ = "llm_usage_logs"
    id = Column(Integer, primary_key=True)
    request_id = Column(String(32))
    provider = Column(String(32))
    model = Column(String(128))
    feature_context = Column(String(64))
    matter_id = Column(Integer)
    input_tokens = Column(Integer, default=0)
    output_tokens = Column(Integer, default=0)
    cost_usd = Column(Float, default=0.0)
    latency_ms = Column(Integer)
    success = Column(Boolean, default=True)
    created_at = Column(DateTime, default=datetime.datetime.utcnow)

    @classmethod
    def create(cls, dbsession, usage_log):
        row = cls(
            request_id=usage_log.request_id,
            provider=usage_log.provider,
            model=usage_log.model,
            feature_context=usage_log.feature_context,
            matter_id=usage_log.matter_id,
            input_tokens=usage_log.input_tokens,
            output_tokens=usage_log.output_tokens,
            cost_usd=usage_log.cost_usd,
            latency_ms=usage_log.latency_ms,
            success=usage_log.success,
        )
        dbsession.add(row)
        return row


def get_engine(settings, prefix="sqlalchemy."):
    return engine_from_config(settings, prefix)


def get_session_factory(engine):
    factory = sessionmaker()
    factory.configure(bind=engine)
    return factory


def get_tm_session(session_factory, transaction_manager, request=None):
    dbsession = session_factory(info={"request": request})
    zope.sqlalchemy.register(dbsession, transaction_manager=transaction_manager)
    return dbsession


def includeme(config):
    settings = config.get_settings()
    settings["tm.manager_hook"] = "pyramid_tm.explicit_manager"
    config.include("pyramid_tm")

    dbengine = get_engine(settings)
    session_factory = get_session_factory(dbengine)
    config.registry["dbsession_factory"] = session_factory

    def dbsession(request):
        return get_tm_session(session_factory, request.tm, request=request)

    config.add_request_method(dbsession, reify=True)
