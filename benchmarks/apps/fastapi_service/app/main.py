from fastapi import FastAPI

from app.api.routes import admin, chat

app = FastAPI(title="Support assistant")
app.include_router(chat.router)
app.include_router(admin.router)


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}
