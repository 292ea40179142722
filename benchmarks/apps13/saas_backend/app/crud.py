import uuid
from typing import Any, Sequence

from sqlmodel import Session, col, func, select

from app.core.security import get_password_hash, verify_password
from app.models import (
    Document,
    DocumentChunk,
    DocumentCreate,
    Ticket,
    TicketMessage,
    User,
    UserCreate,
    UserUpdateMe,
    utcnow,
)


def create_user(*, session: Session, user_create: UserCreate, tenant_id: uuid.UUID) -> User:
    db_obj = User.model_validate(
        user_create,
        update={
            "hashed_password": get_password_hash(user_create.password),
            "tenant_id": tenant_id,
        },
    )
    session.add(db_obj)
    session.commit()
    session.refresh(db_obj)
    return db_obj


def update_user(*, session: Session, db_user: User, user_in: UserUpdateMe) -> Any:
    user_data = user_in.model_dump(exclude_unset=True)
    db_user.sqlmodel_update(user_data)
    session.add(db_user)
    session.commit()
    session.refresh(db_user)
    return db_user


def get_user_by_email(*, session: Session, email: str) -> User | None:
    statement = select(User).where(User.email == email)
    return session.exec(statement).first()


def authenticate(*, session: Session, email: str, password: str) -> User | None:
    db_user = get_user_by_email(session=session, email=email)
    if not db_user:
        return None
    if not verify_password(password, db_user.hashed_password):
        return None
    return db_user


class DocumentCRUD:
    """Tenant-scoped document access. Every query filters on tenant_id."""

    def get(self, session: Session, *, tenant_id: uuid.UUID, id: uuid.UUID) -> Document | None:
        doc = session.get(Document, id)
        if doc is None or doc.tenant_id != tenant_id:
            return None
        return doc

    def list(
        self, session: Session, *, tenant_id: uuid.UUID, skip: int = 0, limit: int = 100
    ) -> tuple[Sequence[Document], int]:
        count = session.exec(
            select(func.count()).select_from(Document).where(Document.tenant_id == tenant_id)
        ).one()
        docs = session.exec(
            select(Document)
            .where(Document.tenant_id == tenant_id)
            .order_by(col(Document.created_at).desc())
            .offset(skip)
            .limit(limit)
        ).all()
        return docs, count

    def create(
        self, session: Session, *, obj_in: DocumentCreate, tenant_id: uuid.UUID, owner_id: uuid.UUID
    ) -> Document:
        db_obj = Document.model_validate(obj_in, update={"tenant_id": tenant_id, "owner_id": owner_id})
        session.add(db_obj)
        session.commit()
        session.refresh(db_obj)
        return db_obj

    def set_summary(
        self, session: Session, *, doc: Document, summary: str, key_points: list[str] | None = None
    ) -> Document:
        doc.summary = summary
        if key_points is not None:
            doc.key_points = key_points
        doc.updated_at = utcnow()
        session.add(doc)
        session.commit()
        session.refresh(doc)
        return doc

    def replace_chunks(self, session: Session, *, doc: Document, chunks: list[DocumentChunk]) -> None:
        for old in session.exec(select(DocumentChunk).where(DocumentChunk.document_id == doc.id)):
            session.delete(old)
        session.add_all(chunks)
        session.commit()


document = DocumentCRUD()


def get_ticket(session: Session, *, tenant_id: uuid.UUID, ticket_id: uuid.UUID) -> Ticket | None:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None or ticket.tenant_id != tenant_id:
        return None
    return ticket


def get_ticket_thread(session: Session, *, ticket_id: uuid.UUID) -> Sequence[TicketMessage]:
    return session.exec(
        select(TicketMessage)
        .where(TicketMessage.ticket_id == ticket_id)
        .order_by(col(TicketMessage.created_at))
    ).all()


def add_ticket_message(session: Session, *, ticket_id: uuid.UUID, author: str, body: str) -> TicketMessage:
    msg = TicketMessage(ticket_id=ticket_id, author=author, body=body)
    session.add(msg)
    session.commit()
    session.refresh(msg)
    return msg
