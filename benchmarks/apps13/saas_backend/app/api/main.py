from fastapi import APIRouter

from app.api.routes import assets, documents, moderation, search, tickets, users

api_router = APIRouter()
api_router.include_router(users.router)
api_router.include_router(documents.router)
api_router.include_router(search.router)
api_router.include_router(tickets.router)
api_router.include_router(assets.router)
api_router.include_router(moderation.router)
