import pytest

from tests.fakes import FakeAnthropic, FakeCohere, FakeOpenAI, FakeProduct


@pytest.fixture
def fake_openai():
    return FakeOpenAI()


@pytest.fixture
def fake_anthropic():
    return FakeAnthropic()


@pytest.fixture
def fake_cohere():
    return FakeCohere()


@pytest.fixture
def product():
    return FakeProduct()


@pytest.fixture(autouse=True)
def locmem_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
