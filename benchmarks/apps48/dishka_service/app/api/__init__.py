from fastapi import APIRouter

from app.api import admin, documents, embeddings, health, qa, summaries

api_router = APIRouter(prefix="/api/v1")
api_router.include_router(documents.router)
api_router.include_router(qa.router)
api_router.include_router(summaries.router)
api_router.include_router(embeddings.router)
api_router.include_router(admin.router)

__all__ = ["api_router", "health"]
