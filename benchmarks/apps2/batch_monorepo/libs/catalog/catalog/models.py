"""Catalogue records and persistence."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import JSON, DateTime, String, Text, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


@dataclass
class Product:
    sku: str
    title: str
    category: str
    brand: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    image_urls: list[str] = field(default_factory=list)
    locale: str = "en-GB"
    description: str | None = None
    tenant_id: str = "default"


class Base(DeclarativeBase):
    pass


class ProductRow(Base):
    __tablename__ = "products"

    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str] = mapped_column(String(512))
    category: Mapped[str] = mapped_column(String(128))
    brand: Mapped[str | None] = mapped_column(String(128), nullable=True)
    attributes: Mapped[dict] = mapped_column(JSON, default=dict)
    image_urls: Mapped[list] = mapped_column(JSON, default=list)
    locale: Mapped[str] = mapped_column(String(16), default="en-GB")
    description: Mapped[str | None] = mapped_column(Text, nullable=True)

    def to_product(self) -> Product:
        return Product(
            sku=self.sku,
            title=self.title,
            category=self.category,
            brand=self.brand,
            attributes=dict(self.attributes or {}),
            image_urls=list(self.image_urls or []),
            locale=self.locale,
            description=self.description,
            tenant_id=self.tenant_id,
        )


class GeneratedText(Base):
    __tablename__ = "generated_texts"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    sku: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    locale: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    model: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.utcnow)


def make_session_factory(dsn: str) -> sessionmaker[Session]:
    engine = create_engine(dsn, pool_pre_ping=True)
    return sessionmaker(bind=engine, expire_on_commit=False)


def load_products(
    session: Session,
    tenant_id: str,
    *,
    missing_description: bool = False,
    limit: int | None = None,
) -> list[Product]:
    stmt = select(ProductRow).where(ProductRow.tenant_id == tenant_id).order_by(ProductRow.sku)
    if missing_description:
        stmt = stmt.where(ProductRow.description.is_(None))
    if limit:
        stmt = stmt.limit(limit)
    rows = session.execute(stmt).scalars().all()
    return [row.to_product() for row in rows]


def save_generated(session: Session, sku: str, kind: str, text: str, model: str, locale: str = "en-GB") -> None:
    session.add(GeneratedText(sku=sku, kind=kind, locale=locale, text=text, model=model))
