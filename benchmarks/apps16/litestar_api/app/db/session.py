from __future__ import annotations

from contextlib import asynccontextmanager
from typing import AsyncIterator

from advanced_alchemy.extensions.litestar import AsyncSessionConfig, SQLAlchemyAsyncConfig, SQLAlchemyPlugin
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from app.config import get_settings

_settings = get_settings()

engine = create_async_engine(
    _settings.database_url,
    pool_size=10,
    max_overflow=10,
    pool_pre_ping=True,
    echo=False,
)
SessionFactory = async_sessionmaker(engine, expire_on_commit=False)

sqlalchemy_config = SQLAlchemyAsyncConfig(
    engine_instance=engine,
    session_config=AsyncSessionConfig(expire_on_commit=False),
    before_send_handler="autocommit",
    create_all=False,
)
sqlalchemy_plugin = SQLAlchemyPlugin(config=sqlalchemy_config)


@asynccontextmanager
async def session_scope() -> AsyncIterator[AsyncSession]:
    """Session for code running outside a request (worker jobs, tracker, scripts)."""
    async with SessionFactory() as session:
        try:
            yield session
            await session.commit()
        except Exception:
            await session.rollback()
            raise
