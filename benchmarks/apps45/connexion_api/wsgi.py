"""Entry point: ``uvicorn wsgi:app`` (Connexion 3 apps are ASGI)."""
from app import create_app

app = create_app()

if __name__ == "__main__":
    app.run(port=8080)
