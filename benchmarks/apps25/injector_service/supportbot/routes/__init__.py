from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Mount, Route

from supportbot.routes import admin, chat, disputes, documents, legacy_compat, tickets
from supportbot.routes.deps import get_injector
from supportbot.services import ArticleIndex


async def healthz(request: Request) -> PlainTextResponse:
    return PlainTextResponse("ok")


async def readyz(request: Request) -> JSONResponse:
    index = get_injector(request).get(ArticleIndex)
    ready = index._matrix is not None  # noqa: SLF001
    return JSONResponse({"index_loaded": ready}, status_code=200 if ready else 503)


api_routes = [
    *chat.routes,
    *tickets.routes,
    *documents.routes,
    *disputes.routes,
]

routes = [
    Route("/healthz", healthz),
    Route("/readyz", readyz),
    Mount("/api", routes=api_routes),
    Mount("/internal", routes=admin.routes),
    *legacy_compat.routes,
]
