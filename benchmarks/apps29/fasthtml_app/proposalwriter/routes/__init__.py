"""Route modules. Each exposes an APIRouter `ar`; main.py mounts them."""
from . import admin, clients_page, drafts, images, proposals, stream

ROUTERS = [proposals.ar, drafts.ar, stream.ar, clients_page.ar, images.ar, admin.ar]


def register_all(app) -> None:
    for router in ROUTERS:
        router.to_app(app)
