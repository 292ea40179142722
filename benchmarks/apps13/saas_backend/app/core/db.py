from sqlmodel import Session, create_engine, select

from app import crud
from app.core.config import settings
from app.models import Tenant, User, UserCreate

engine = create_engine(
    str(settings.SQLALCHEMY_DATABASE_URI),
    pool_size=10,
    max_overflow=20,
    pool_pre_ping=True,
)


# make sure all SQLModel models are imported (app.models) before initializing DB
# otherwise, SQLModel might fail to initialize relationships properly
# for more details: https://github.com/fastapi/full-stack-fastapi-template/issues/28


def init_db(session: Session) -> None:
    # Tables should be created with Alembic migrations
    tenant = session.exec(select(Tenant).where(Tenant.slug == "internal")).first()
    if not tenant:
        tenant = Tenant(name="Internal", slug="internal", plan="enterprise")
        session.add(tenant)
        session.commit()
        session.refresh(tenant)

    user = session.exec(
        select(User).where(User.email == settings.FIRST_SUPERUSER)
    ).first()
    if not user:
        user_in = UserCreate(
            email=settings.FIRST_SUPERUSER,
            password=settings.FIRST_SUPERUSER_PASSWORD,
            is_superuser=True,
        )
        user = crud.create_user(session=session, user_create=user_in, tenant_id=tenant.id)
