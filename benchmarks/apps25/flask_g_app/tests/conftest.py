import pytest

from app import create_app
from app.extensions import EXTENSION_KEY, db
from tests.fakes import FakeAnthropic, FakeOpenAIStyleClient


@pytest.fixture
def app():
    app = create_app("testing")
    clients = app.extensions[EXTENSION_KEY]
    clients.openai = FakeOpenAIStyleClient(content='{"full_name": "Ada"}')
    clients.groq = FakeOpenAIStyleClient()
    clients.openrouter = FakeOpenAIStyleClient()
    clients.anthropic = FakeAnthropic()
    with app.app_context():
        db.create_all()
        yield app
        db.drop_all()


@pytest.fixture
def client(app):
    return app.test_client()
