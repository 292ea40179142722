from datetime import datetime

from sqlalchemy import DateTime, String, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from docproc.db import Base


class Matter(Base):
    __tablename__ = "matters"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenant_id: Mapped[str] = mapped_column(String(64), index=True)
    clio_matter_id: Mapped[str] = mapped_column(String(64), nullable=True)
    name: Mapped[str] = mapped_column(String(255))
    practice_area: Mapped[str] = mapped_column(String(64), nullable=True)
    jurisdiction: Mapped[str] = mapped_column(String(64), nullable=True)
    webhook_url: Mapped[str] = mapped_column(String(512), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    documents = relationship("Document", back_populates="matter", lazy="selectin")

    def __repr__(self) -> str:
        return f"<Matter {self.id} {self.name!r}>"
