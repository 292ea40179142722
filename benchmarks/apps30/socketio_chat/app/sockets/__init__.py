from app.sockets.server import sio

__all__ = ["sio"]
