from gateway.routers import admin, chat, embeddings, stream

ALL_ROUTERS = [chat.router, stream.router, embeddings.router, admin.router]
