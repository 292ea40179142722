import pytest

from product_crawler.llm.clients import reset_clients
from product_crawler.llm.summarizer import PageSummarizer
from product_crawler.state import LLMServices, set_services
from tests.fakes import FakeAsyncAnthropic, FakeAsyncOpenAI


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test")
    monkeypatch.setenv("FIREWORKS_API_KEY", "fw-test")
    reset_clients()
    yield
    reset_clients()


@pytest.fixture
def fake_openai():
    return FakeAsyncOpenAI()


@pytest.fixture
def fake_anthropic():
    return FakeAsyncAnthropic()


@pytest.fixture
def services(fake_openai, fake_anthropic):
    from product_crawler.llm.classifier import ProductClassifier

    svc = LLMServices(
        summarizer=PageSummarizer(client=fake_openai),
        classifier=ProductClassifier(client=fake_anthropic),
        openai=fake_openai,
    )
    set_services(svc)
    return svc
