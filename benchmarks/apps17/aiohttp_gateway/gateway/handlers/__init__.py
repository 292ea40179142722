from aiohttp import web

from gateway.handlers import admin, audio, chat, embeddings, health, images, search, summarize, tickets

PUBLIC_ROUTES = [
    health.routes,
    chat.routes,
    embeddings.routes,
    search.routes,
    summarize.routes,
    images.routes,
    audio.routes,
    tickets.routes,
]


def register(app: web.Application) -> None:
    for table in PUBLIC_ROUTES:
        app.router.add_routes(table)
    app.router.add_routes(admin.routes)
